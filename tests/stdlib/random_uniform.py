import random

random.seed(99)
print([random.uniform(0, 1) for _ in range(3)])
print([random.uniform(-5, 5) for _ in range(3)])
print([random.uniform(10, 2) for _ in range(3)])
print([random.uniform(1.5, 1.5) for _ in range(2)])
print(random.uniform(True, 3))
print(random.uniform(2**40, 2**41))


def t(*args):
    try:
        print(random.uniform(*args))
    except Exception as e:
        print(type(e).__name__, e.args)


t("a", 1)
t(1, None)
t(1)
t(1, 2, 3)
t([], 1)
