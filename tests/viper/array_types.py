# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def bytes_of(arr, nbytes: int) -> object:
    p = ptr8(arr)
    out = []
    for i in range(nbytes):
        out.append(p[i])
    return out


@micropython.viper
def fill32(arr, n: int, v: int):
    p = ptr32(arr)
    for i in range(n):
        p[i] = v + i


print(bytes_of(array.array("H", [0x0102, 0xA0B0]), 4))
print(bytes_of(array.array("I", [0x01020304]), 4))
a = array.array("i", [0] * 4)
fill32(a, 4, 1000)
print(list(a))
u = array.array("I", [0] * 3)
fill32(u, 3, 7)
print(list(u))
