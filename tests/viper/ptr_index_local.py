# oracle: unix
# requires: viper
import micropython

# A pointer index held in a local keeps its value: the 16- and 32-bit forms scale the index
# in a register, which must not be the local's own (few locals live in registers).


@micropython.viper
def load16(buf: ptr16, i: int):
    a = buf[i]
    b = buf[i]
    print(i, a, b)


@micropython.viper
def load32(buf: ptr32, i: int):
    a = buf[i]
    b = buf[i]
    print(i, a, b)


@micropython.viper
def store16(buf: ptr16, i: int, v: int):
    buf[i] = v
    buf[i + 1] = v + 1
    print(i)


@micropython.viper
def store32(buf: ptr32, i: int):
    buf[i] = 7
    print(i)


@micropython.viper
def load8(buf: ptr8, i: int):
    a = buf[i]
    b = buf[i]
    print(i, a, b)


b = bytearray(range(1, 21))
load16(b, 1)
load16(b, 3)
load32(b, 1)
load32(b, 2)
store16(b, 2, 100)
print(list(b))
store32(b, 3)
print(list(b))
load8(b, 5)
