def upper(buf, n):
    c = 0
    for i in range(n):
        if 97 <= buf[i] <= 122:
            buf[i] -= 32
            c += 1
    return c
def checksum(b, n):
    x = 0
    for i in range(n):
        x ^= b[i]
    return x
buf = bytearray(b"Hello, asm world! 123 xyz")
print(upper(buf, len(buf)), buf)
print(checksum(b"\x01\x02\x04\x08", 4), checksum(bytearray(b"abc"), 3), checksum(b"", 0))
