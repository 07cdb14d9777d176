# oracle: board
# requires: viper
import micropython

# Summing 32-bit words wraps; summing into a Python int does not.
import array


@micropython.viper
def wrap_sum(arr, n: int) -> int:
    p = ptr32(arr)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def first_over(arr, n: int, limit: int) -> int:
    p = ptr32(arr)
    s = 0
    for i in range(n):
        s += p[i]
        if s > limit or s < 0:
            return i
    return -1


words = array.array("i", [0x30000000, 0x30000000, 0x30000000, 0x10000000])
print(wrap_sum(words, 4), sum(words), wrap_sum(words, 2))
print(first_over(words, 4, 0x3FFFFFFF), first_over(words, 4, int(0x7FFFFFFF)))
