# oracle: unix
# requires: viper
import micropython

# Values stay in 0..2**31-1: a 32-bit load of a word with the top bit set gives a negative int
# on the 32-bit boards (see ptr32_signed.py).
import array


@micropython.viper
def sum32(arr, n: int) -> int:
    p = ptr32(arr)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def scale32(arr, n: int, k: int):
    p = ptr32(arr)
    for i in range(n):
        p[i] = p[i] * k


@micropython.viper
def word_of_bytes(buf, i: int) -> int:
    p = ptr32(buf)
    return p[i]


a = array.array("i", [10, 200, 3000, 40000])
print(sum32(a, 4))
scale32(a, 4, 3)
print(list(a))
print(word_of_bytes(b"\x01\x00\x00\x00\x78\x56\x34\x12", 1), word_of_bytes(bytes(8), 0))
