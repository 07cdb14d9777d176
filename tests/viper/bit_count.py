# oracle: unix
# requires: viper
import micropython


@micropython.viper
def popcount(x: int) -> int:
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n


@micropython.viper
def buffer_bits(buf, n: int) -> int:
    p = ptr8(buf)
    total = 0
    for i in range(n):
        total += int(popcount(p[i]))
    return total


@micropython.viper
def parity(x: int) -> int:
    x ^= x >> 16
    x ^= x >> 8
    x ^= x >> 4
    x ^= x >> 2
    x ^= x >> 1
    return x & 1


print([popcount(v) for v in (0, 1, 7, 255, 0x5555, 0x3FFFFFFF)])
print(buffer_bits(b"\xff\x0f\x01\x00", 4))
print([parity(v) for v in (0, 1, 3, 7, 0x1000, 0x7FFF)])
