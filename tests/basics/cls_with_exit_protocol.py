# __enter__/__exit__: arguments, suppression by truthiness, exceptions inside __exit__/__enter__
class CM:
    def __init__(self, name, suppress=None):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is None)
        return self.suppress
with CM("a") as x:
    print("body", x)
for sup in (True, 1, "yes", [1], False, 0, None, "", []):
    try:
        with CM("s", sup):
            raise ValueError("v")
        print("suppressed by", repr(sup))
    except ValueError:
        print("propagated for", repr(sup))
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except Exception as e:
    print(type(e).__name__, e)
try:
    with ExitRaises():
        pass
except Exception as e:
    print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("no body")
except RuntimeError as e:
    print("RuntimeError", e)
with CM("outer") as o, CM("inner") as i:
    print(o, i)
try:
    with CM("o2"), CM("i2", True):
        raise TypeError("t")
    print("inner swallowed")
except TypeError:
    print("leaked")
def f():
    with CM("ret"):
        return "returned"
print(f())
for k in range(3):
    with CM("loop%d" % k):
        if k == 0:
            continue
        if k == 1:
            break
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except AttributeError as e:
    print("AttributeError", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError", e)
