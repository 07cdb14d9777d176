# exceptions from __init__/__new__, half-built objects, and constructor argument errors
class Fails:
    made = []
    def __init__(self, v):
        Fails.made.append(self)
        self.partial = True
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v
try:
    Fails(-1)
except ValueError as e:
    print("ValueError", e)
print(len(Fails.made), Fails.made[0].partial, hasattr(Fails.made[0], "v"))
class NewFails:
    def __new__(cls, *a):
        raise RuntimeError("no instances")
    def __init__(self):
        print("never")
try:
    NewFails()
except RuntimeError as e:
    print("RuntimeError", e)
class Args:
    def __init__(self, a, b=2, *, c):
        self.t = (a, b, c)
for args, kw in (((1,), {"c": 3}), ((), {"c": 3}), ((1, 2, 3), {"c": 4}), ((1,), {}), ((1,), {"c": 1, "d": 2}), ((1,), {"a": 1, "c": 2})):
    try:
        print(Args(*args, **kw).t)
    except TypeError as e:
        print("TypeError", e)
class Base:
    def __init__(self):
        raise KeyError("base init")
class Derived(Base):
    def __init__(self):
        print("derived start")
        super().__init__()
        print("never")
try:
    Derived()
except KeyError as e:
    print("KeyError", e)
class Retry:
    attempts = 0
    def __init__(self):
        Retry.attempts += 1
        if Retry.attempts < 3:
            raise OSError(Retry.attempts)
obj = None
while obj is None:
    try:
        obj = Retry()
    except OSError as e:
        print("retry after", e.args)
print("built after", Retry.attempts)
