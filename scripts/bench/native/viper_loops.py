# Viper: machine-word loops over a byte buffer (values stay below 2**30, so 32-bit boards and the
# 64-bit unix port print the same).
import micropython


@micropython.viper
def fill(buf, n: int, seed: int):
    p = ptr8(buf)
    x = seed
    for i in range(n):
        x = (x * 1103 + 12345) & 0xFFFF
        p[i] = x >> 8


@micropython.viper
def checksum(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s = (s * 31 + p[i]) & 0xFFFFF
    return s


@micropython.viper
def count_bits(n: int) -> int:
    total = 0
    i = 0
    while i < n:
        v = i
        while v:
            v &= v - 1
            total += 1
        i += 1
    return total


buf = bytearray(20000)
fill(buf, 20000, 7)
r = 0
for k in range(50):
    r ^= checksum(buf, 20000) + k
print(r)
print(count_bits(300000))
