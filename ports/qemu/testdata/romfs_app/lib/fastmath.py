import micropython


@micropython.viper
def checksum(buf) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(int(len(buf))):
        s = (s + p[i] * (i + 1)) & 0xFFFF
    return s


@micropython.native
def dot(n, a, b):
    t = 0
    for i in range(n):
        t += a[i] * b[i]
    return t


@micropython.viper
def wrap(x: int) -> int:
    return x + 1
