for v in (0, 1, 7, 255, -1, -255, 2 ** 40, -(2 ** 70)):
    print(bin(v), oct(v), hex(v))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 10
print(hex(True), bin(False))
