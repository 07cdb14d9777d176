def bsum(b, n):
    return sum(b[:n])
def bxor(b, n):
    x = 0
    for v in b[:n]:
        x ^= v
    return x
b = bytearray(range(0, 256, 7))
print(bsum(b, len(b)), bsum(b, 0), bsum(b, 5), bxor(b, len(b)), bxor(b, 3))
c = bytearray(b"\xff" * 300)
print(bsum(c, len(c)), bxor(c, len(c)), bxor(c, 299))
print(bsum(b"hello world", 11), bxor(b"hello world", 11))
