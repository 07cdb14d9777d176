# oracle: board
# requires: viper
import micropython

# 32-bit byte swaps: the result may have the top bit set.
import array


@micropython.viper
def bswap32(x: uint) -> uint:
    return ((x & 0xFF) << 24) | ((x & 0xFF00) << 8) | ((x >> 8) & 0xFF00) | (x >> 24)


@micropython.viper
def swap_array(arr, n: int):
    p = ptr32(arr)
    for i in range(n):
        v = uint(p[i])
        p[i] = int((v << 24) | ((v << 8) & 0xFF0000) | ((v >> 8) & 0xFF00) | (v >> 24))


print([hex(bswap32(v)) for v in (0x12345678, 0xFF, 0x80, 0xDEADBEEF)])
a = array.array("I", [0x01020304, 0xA0B0C0D0])
swap_array(a, 2)
print([hex(v) for v in a])
