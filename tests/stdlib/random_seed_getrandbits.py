# The same seed gives MicroPython's Yasmarang sequence.
import random

for s in (0, 1, 42, -1, 12345678, 2**32 + 5, 2**100 + 7, -(2**40), True, False):
    random.seed(s)
    print(s, [random.getrandbits(32) for _ in range(3)])

random.seed(3)
print([random.getrandbits(n) for n in range(0, 33)])
