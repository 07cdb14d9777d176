import random

random.seed(77)
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(20)])
print([random.randint(5, 5) for _ in range(3)])
print([random.randint(0, 1) for _ in range(20)])
print([random.randint(-1000000, 1000000) for _ in range(5)])
print([random.randint(False, True) for _ in range(8)])


def t(*args):
    try:
        print(args, random.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e.args)


t(3, 2)
t(1.0, 2)
t(1, "2")
t(1)
t(1, 2, 3)
t(0, 2**31)
