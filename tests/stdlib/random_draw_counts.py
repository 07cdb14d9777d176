# How many generator outputs each call consumes (rejection sampling included): the next
# getrandbits shows where the sequence stands.
import random


def after(f):
    random.seed(4)
    r = f()
    return r, random.getrandbits(32)


print(after(lambda: None))
print(after(lambda: random.randrange(1)))
print(after(lambda: random.randrange(5)))
print(after(lambda: random.randrange(8)))
print(after(lambda: random.randint(0, 2)))
print(after(lambda: random.choice("x")))
print(after(lambda: random.random()))
print(after(lambda: random.uniform(0, 10)))
print(after(lambda: random.getrandbits(0)))
print(after(lambda: random.getrandbits(1)))
print(after(lambda: [random.randrange(3) for _ in range(10)]))
