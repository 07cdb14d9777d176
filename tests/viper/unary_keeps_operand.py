# oracle: board
# requires: viper
import micropython

# -x and ~x leave x unchanged. (MicroPython v1.27.0's x86-64 viper emitter computed them in the
# local's own register: micropython#14397, fixed by PR #19508; the boards' firmware has the fix.)


@micropython.viper
def negate_pair(a: int) -> object:
    b = -a
    return (a, b)


@micropython.viper
def invert_pair(a: int) -> object:
    b = ~a
    return (a, b)


@micropython.viper
def cancel(a: int) -> int:
    b = -a
    return a + b


@micropython.viper
def both(a: int) -> object:
    n = -a
    i = ~a
    return (n, i, a, -a - ~a)


print(negate_pair(5), negate_pair(-9), invert_pair(12), invert_pair(0))
print(cancel(5), cancel(-123))
print(both(12), both(-1))
