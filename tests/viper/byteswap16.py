# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def swap16(buf, n: int):
    p = ptr8(buf)
    i = 0
    while i < n - 1:
        t = p[i]
        p[i] = p[i + 1]
        p[i + 1] = t
        i += 2


@micropython.viper
def bswap16(x: int) -> int:
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


@micropython.viper
def swap_words(arr, n: int):
    p = ptr16(arr)
    for i in range(n):
        v = p[i]
        p[i] = ((v & 0xFF) << 8) | (v >> 8)


b = bytearray(b"\x12\x34\x56\x78\x9a")
swap16(b, 5)
print(b.hex())
print([hex(bswap16(v)) for v in (0x1234, 0xFF00, 0x0001)])
a = array.array("H", [0x0102, 0xA0B0])
swap_words(a, 2)
print([hex(v) for v in a])
