# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def sum16(arr, n: int) -> int:
    p = ptr16(arr)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def double16(arr, n: int):
    p = ptr16(arr)
    for i in range(n):
        p[i] = p[i] * 2


@micropython.viper
def over_bytes(buf) -> int:
    p = ptr16(buf)
    return p[1]


a = array.array("H", [1, 1000, 40000, 65535])
print(sum16(a, 4))
double16(a, 4)
print(list(a))
h = array.array("h", [-1, -2])
print(sum16(h, 2))
print(over_bytes(b"\x00\x00\x34\x12"), over_bytes(bytearray([0, 0, 0xFF, 0x7F])))
