# oracle: board
# requires: viper
import micropython

# A 32-bit load is a machine word: with the top bit set it is a negative int, and uint(...)
# reads the same bits as unsigned.
import array


@micropython.viper
def load_int(buf, i: int) -> int:
    p = ptr32(buf)
    return p[i]


@micropython.viper
def load_uint(buf, i: int) -> uint:
    p = ptr32(buf)
    return uint(p[i])


@micropython.viper
def store(buf, i: int, v: int):
    p = ptr32(buf)
    p[i] = v


words = array.array("I", [0xFFFFFFFB, 0x80000000, 0x7FFFFFFF, 5])
print([load_int(words, i) for i in range(4)])
print([load_uint(words, i) for i in range(4)])
signed = array.array("i", [0, 0])
store(signed, 0, -7)
store(signed, 1, int(load_int(words, 1)) - 1)
print(list(signed), list(array.array("I", bytes(signed))))
