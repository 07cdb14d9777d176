# oracle: unix
# requires: viper
import micropython


@micropython.viper
def fill(buf, n: int, value: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = value


@micropython.viper
def iota(buf, n: int, start: int, step: int):
    p = ptr8(buf)
    v = start
    for i in range(n):
        p[i] = v
        v += step


@micropython.viper
def store_truncates(buf):
    p = ptr8(buf)
    p[0] = 0x1234
    p[1] = -1
    p[2] = 256
    p[3] = 255 + 2


b = bytearray(6)
fill(b, 4, 7)
print(b)
iota(b, 6, 250, 2)
print(list(b))
store_truncates(b)
print(list(b))
