# Constant expressions whose result MicroPython cannot compute (a shift by a long int, a result
# past the host's limits) are not folded by the compiler: they raise when they run.
print(10**400 / 10**399)
print(10**400 * 1.0)
print(1 << 2**20 >> 2**20)
print(1 ** 2**40, (-1) ** (2**40 + 1), 0 ** 2**40)
try:
    print(1 << 2**70)
except OverflowError as e:
    print("lshift", e)
try:
    print(1 >> 2**70)
except OverflowError as e:
    print("rshift", e)
try:
    print(-(1 << 2**31))
except OverflowError as e:
    print("neg", e)


def f():
    return 1 << 2**70


try:
    f()
except OverflowError as e:
    print("in function", e)
print("done")
