# __setattr__ / __delattr__ intercept every assignment; object.__setattr__ bypass
class Track:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Track()
t.b = 5
t.c = "s"
t.b += 1
print(t.a, t.b, t.c)
del t.c
print(t.log)
print(hasattr(t, "c"))
try:
    del t.zzz
except AttributeError as e:
    print("AttributeError", e)
setattr(t, "d", 3)
delattr(t, "d")
print(t.log[-2:])
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
    def __delattr__(self, name):
        raise TypeError("no delete: " + name)
r = ReadOnly()
for stmt in ("r.x = 1", "setattr(r, 'y', 2)", "del r.x", "delattr(r, 'q')"):
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
class Inherit(Track):
    pass
i = Inherit()
i.q = 10
print(i.q, i.log)
class Swallow:
    def __setattr__(self, n, v):
        pass
s = Swallow()
s.x = 1
print(hasattr(s, "x"))
class PlainSet:
    pass
p = PlainSet()
object.__setattr__(p, "z", 9)
print(p.z)
object.__delattr__(p, "z")
print(hasattr(p, "z"))
try:
    object.__delattr__(p, "z")
except AttributeError as e:
    print("AttributeError", e)
