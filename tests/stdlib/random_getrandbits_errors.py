import random


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e.args)


random.seed(1)
t(lambda: random.getrandbits(33))
t(lambda: random.getrandbits(-1))
t(lambda: random.getrandbits(0))
t(lambda: random.getrandbits(1.0))
t(lambda: random.getrandbits("8"))
t(lambda: random.getrandbits(None))
t(lambda: random.getrandbits(2**40))
t(lambda: random.getrandbits())
t(lambda: random.getrandbits(1, 2))
t(lambda: random.getrandbits(n=3))
# errors do not advance the generator
random.seed(9)
a = random.getrandbits(16)
random.seed(9)
t(lambda: random.getrandbits(40))
print(random.getrandbits(16) == a)
