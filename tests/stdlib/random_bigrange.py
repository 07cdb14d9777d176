# Ranges near the 32-bit machine word, and arguments that do not fit it.
import random

random.seed(8)
print([random.randrange(2**31 - 1) for _ in range(4)])
print([random.randrange(-(2**31) + 1, 2**31 - 1) for _ in range(4)])
print([random.randint(-(2**31) + 1, 2**31 - 2) for _ in range(4)])
print([random.randrange(-(2**29), 2**29, 2**20) for _ in range(4)])
print([random.getrandbits(31) for _ in range(4)])
for f in (
    lambda: random.randrange(2**31),
    lambda: random.randrange(-(2**31), 0),
    lambda: random.randint(0, 2**31),
    lambda: random.randrange(0, 10, 2**40),
    lambda: random.getrandbits(2**33),
    # the item count overflows the machine word in the C arithmetic: an empty range
    lambda: random.randrange(-(2**30), 2**30, 2**20),
):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
