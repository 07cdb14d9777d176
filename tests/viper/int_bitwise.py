# oracle: board
# (board: MicroPython v1.27.0's x86-64 emitter negates/inverts an int local in place, so `~a`
# changed `a` for the later operands: micropython#14397, fixed after v1.27 by PR #19508.)
# requires: viper
import micropython


@micropython.viper
def ops(a: int, b: int) -> object:
    return (a & b, a | b, a ^ b, ~a, a << 3, a >> 2)


@micropython.viper
def get_bit(x: int, n: int) -> int:
    return (x >> n) & 1


@micropython.viper
def set_field(word: int, shift: int, width: int, value: int) -> int:
    mask = ((1 << width) - 1) << shift
    return (word & ~mask) | ((value << shift) & mask)


print(ops(0b1100, 0b1010), ops(-20, 7))
print([get_bit(0b1011001, n) for n in range(8)])
print(hex(set_field(0x1234, 4, 4, 0xA)), hex(set_field(0, 8, 8, 0x1FF)))
