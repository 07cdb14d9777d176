# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def memset(buf, value: int, n: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = value


@micropython.viper
def fill_pattern(buf, pat, n: int, m: int):
    p = ptr8(buf)
    q = ptr8(pat)
    for i in range(n):
        p[i] = q[i % m]


@micropython.viper
def fill16(arr, v: int, n: int):
    p = ptr16(arr)
    for i in range(n):
        p[i] = v


b = bytearray(10)
memset(b, 0xAA, 6)
print(b)
fill_pattern(b, b"xyz", 10, 3)
print(b)
h = array.array("H", [0] * 4)
fill16(h, 0x1234, 3)
print(list(h))
