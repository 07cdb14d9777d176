from micropython import const
import micropython
WIDTH = const(16)
HEIGHT = const(WIDTH * 2)
_PRIVATE = const(0x40)
MASK = const(1 << 5 | 3)
BIG = const(2 ** 40)
print(WIDTH, HEIGHT, _PRIVATE, MASK, BIG)
print(micropython.const(7), const("str") if False else "skip")
def area():
    return WIDTH * HEIGHT
print(area())
print("WIDTH" in globals(), "_PRIVATE" in globals())
