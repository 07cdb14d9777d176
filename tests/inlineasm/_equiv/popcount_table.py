def popcount(v):
    return bin(v & 0xFFFFFFFF).count("1")
def popcount_buf(b, n):
    return sum(bin(v).count("1") for v in b[:n])
print([popcount(v) for v in (0, 1, 3, 0xFF, 0x1234, 0x7FFFFFFF, -1, 0x80000000, 0xF0F0F0F0)])
b = bytearray(range(256))
print(popcount_buf(b, 256), popcount_buf(b, 16), popcount_buf(b"\xff\x0f\x01", 3))
