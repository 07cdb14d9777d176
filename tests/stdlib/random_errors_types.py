import random

for name, args in (
    ("random", (1,)),
    ("seed", (1, 2)),
    ("choice", ()),
    ("randint", (1,)),
    ("uniform", ()),
    ("randrange", ()),
    ("getrandbits", ()),
):
    try:
        getattr(random, name)(*args)
    except TypeError as e:
        print(name, e)
try:
    random.seed("abc")
except TypeError as e:
    print("seed", e)
try:
    random.seed(1.5)
except TypeError as e:
    print("seed", e)
try:
    random.seed(x=1)
except TypeError as e:
    print("seed", e)
try:
    random.nonexistent
except AttributeError:
    print("AttributeError")
