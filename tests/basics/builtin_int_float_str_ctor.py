print(int(), int(5), int(-5.9), int("12"), int(" 7 "), int("-0x1f", 16), int("1_000"))
print(float(), float(3), float("1.5"), float("-inf"), float("  2e3 "), float(True))
print(str(), str(1), str(1.5), str(None), str([1]), str("x"))
print(bool(), bool(5), tuple(), list(), dict(), set())
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
class I:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(I()), float(I()))
