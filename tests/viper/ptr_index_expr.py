# oracle: unix
# requires: viper
import micropython


@micropython.viper
def pairs_sum(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    i = 0
    while i < n - 1:
        s += p[i] * p[i + 1]
        i += 2
    return s


@micropython.viper
def mirror(buf, n: int):
    p = ptr8(buf)
    for i in range(n // 2):
        p[n - 1 - i] = p[i]


@micropython.viper
def strided(buf, n: int, stride: int) -> int:
    p = ptr8(buf)
    s = 0
    i = 0
    while i < n:
        s = s * 2 + (p[i] & 1)
        i += stride
    return s


print(pairs_sum(bytes([1, 2, 3, 4, 5, 6]), 6), pairs_sum(b"\x0a\x0b\x0c", 3))
b = bytearray(b"abcdefg")
mirror(b, 7)
print(b)
print(strided(bytes(range(16)), 16, 3), strided(b"\x01" * 8, 8, 1))
