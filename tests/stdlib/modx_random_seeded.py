# random with fixed seeds: the exact sequences of getrandbits/randint/randrange/choice/random/
# uniform; reseeding repeats; seeds of different kinds
import random
for seed in (0, 1, 42, 12345, -1, 2**32 - 1, 2**32, 2**40 + 3):
    try:
        random.seed(seed)
        print(seed, [random.getrandbits(16) for _ in range(4)], random.getrandbits(32), random.getrandbits(1))
    except Exception as e:
        print(seed, type(e).__name__, e)
random.seed(7)
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(10) for _ in range(8)], [random.randrange(5, 50, 5) for _ in range(5)], [random.randrange(10, 0, -3) for _ in range(5)])
print([random.choice("abcdef") for _ in range(8)], random.choice([None]), random.choice((1, 2)))
print(["%.12f" % random.random() for _ in range(4)])
print(["%.9f" % random.uniform(-1, 1) for _ in range(3)], "%.6f" % random.uniform(5, 5))
random.seed(99)
a = [random.getrandbits(8) for _ in range(10)]
random.seed(99)
b = [random.getrandbits(8) for _ in range(10)]
print(a == b, a)
for bits in (0, 1, 31, 32, 33, 64, 100):
    random.seed(3)
    try:
        print(bits, random.getrandbits(bits))
    except Exception as e:
        print(bits, type(e).__name__, e)
for s in (1.5, "x", None, b"x"):
    try:
        random.seed(s)
        print(repr(s), "ok")
    except Exception as e:
        print(repr(s), type(e).__name__, e)
