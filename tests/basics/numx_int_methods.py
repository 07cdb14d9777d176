# int methods and attributes available in MicroPython, int() of numeric types
for v in (0, 1, -1, 2**40, -(2**70), True):
    print(v, int(v), type(int(v)).__name__, v.__class__.__name__, abs(v).__class__.__name__)
for name in ("to_bytes", "from_bytes", "bit_length", "conjugate", "real", "imag", "numerator", "denominator"):
    print(name, hasattr(0, name))
print(int(3.99), int(-3.99), int(True), int(2.0**70), int("0"), int(" +0 "), int(), int(1e18), int(-1e-300))
class I:
    def __int__(self):
        return 42
class J:
    def __index__(self):
        return 7
for v in (I(), J()):
    try:
        print(type(v).__name__, int(v))
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)
try:
    print([1, 2, 3, 4, 5, 6, 7, 8][J()])
except TypeError as e:
    print("TypeError", e)
print(isinstance(5, int), isinstance(True, int), isinstance(2**70, int), type(2**70) is int, type(2**70 - 2**70) is int)
x = 2**70
y = x - 2**70 + 5
print(y, y + 1, y * 3, -y, ~y, y << 2, y is not None, [0, 1, 2, 3, 4, 5, 6][y])
