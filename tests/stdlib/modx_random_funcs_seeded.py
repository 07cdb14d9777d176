# random: randrange/randint/uniform/choice draws under fixed seeds over many ranges (checks the
# exact draw sequence and the range of each result)
import random
random.seed(2024)
for lo, hi in ((0, 1), (0, 2), (-5, 5), (0, 255), (0, 256), (100, 1000), (-2**30, 2**30), (0, 2**31), (0, 2**33)):
    try:
        vals = [random.randint(lo, hi) for _ in range(6)]
        print(lo, hi, vals, all(lo <= v <= hi for v in vals))
    except Exception as e:
        print(lo, hi, type(e).__name__, e)
for args in ((1,), (7,), (0, 7, 2), (10, 0, -2), (-10, -1, 3), (2**32,), (0, 2**40, 2**20)):
    try:
        print(args, [random.randrange(*args) for _ in range(5)])
    except Exception as e:
        print(args, type(e).__name__, e)
print([random.choice(range(1000)) for _ in range(5)], [random.choice(b"bytes") for _ in range(5)])
print(["%.10f" % random.uniform(0, 1e-6) for _ in range(2)], ["%.4f" % random.uniform(-1e6, 1e6) for _ in range(2)])
random.seed(0)
x = [random.random() for _ in range(1000)]
print(min(x) >= 0, max(x) < 1, "%.6f" % (sum(x) / len(x)))
