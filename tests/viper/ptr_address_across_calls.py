# oracle: unix
# requires: viper
import micropython

# An address a viper function returns (`-> ptr`, or int(ptr8(buf))) stays usable in later
# calls, as it is on a board: buffers lent to viper code stay mapped between calls.


@micropython.viper
def addr_of(x: ptr) -> ptr:
    return x


@micropython.viper
def poke(dest: ptr8, i: int, c: int):
    dest[i] = c


@micropython.viper
def peek(src: ptr8, i: int) -> int:
    return src[i]


@micropython.viper
def as_int(buf) -> int:
    return int(ptr8(buf))


a = bytearray(b"0000")
b = bytearray(b"abcd")
pa = addr_of(a)
pb = as_int(b)
poke(pa, 1, 50)
poke(pb, 2, 88)
print(a, b)
print(peek(pa, 1), peek(pb, 2), peek(addr_of(b), 0))
print(addr_of(a) == pa, as_int(a) == pa)
