# __getattr__ is consulted only for missing attributes; errors and recursion
class G:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
    def meth(self):
        return "meth"
g = G()
print(g.inst, g.cls_attr, g.meth(), g.xyz, g.x)
try:
    g.nope
except AttributeError as e:
    print("AttributeError", e)
print(getattr(g, "nope", "dflt"), getattr(g, "xa", "dflt"))
print(hasattr(g, "nope"), hasattr(g, "xb"), hasattr(g, "inst"))
g.xlater = 5
print(g.xlater)
del g.xlater
print(g.xlater)
class Other:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    Other().foo
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(Other(), "foo")
except KeyError as e:
    print("hasattr KeyError", e)
class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)
d = Dyn()
print(d.anything(1, 2), d.other())
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
class Sub(G):
    pass
print(Sub().xq)
print(G.cls_attr)
try:
    G.xclass
except AttributeError as e:
    print("AttributeError", e)
