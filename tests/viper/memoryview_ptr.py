# oracle: unix
# requires: viper
import micropython


@micropython.viper
def sum_view(mv, n: int) -> int:
    p = ptr8(mv)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def zero_view(mv, n: int):
    p = ptr8(mv)
    for i in range(n):
        p[i] = 0


buf = bytearray(range(1, 11))
mv = memoryview(buf)
print(sum_view(mv, 10), sum_view(mv[5:], 5), sum_view(mv[2:4], 2))
zero_view(mv[3:7], 4)
print(list(buf))
