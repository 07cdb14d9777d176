def parity(v):
    return bin(v & 0xFFFFFFFF).count("1") & 1
def set_parity_bits(b, n):
    c = 0
    for i in range(n):
        if parity(b[i] & 0x7F):
            b[i] |= 0x80
            c += 1
    return c
print([parity(v) for v in (0, 1, 3, 7, 0xFF, 0x80000000, -1, 0x12345678, 0x7FFFFFFF)])
b = bytearray(b"Hello, 7-bit")
print(set_parity_bits(b, len(b)), list(b))
