class Thing:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "str:%s" % self.v
    def __repr__(self):
        return "repr:%s" % self.v
    def __bool__(self):
        return self.v != 0
    def __call__(self, *a):
        return ("called", self.v, a)
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, Thing) and o.v == self.v
t = Thing(3)
print(t, str(t), repr(t), [t], "%s %r" % (t, t), "{} {!r}".format(t, t))
print(bool(t), bool(Thing(0)), t(1, 2), hash(t))
print({t: 1}[Thing(3)], len({Thing(1), Thing(1)}))
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o))
class LenBool:
    def __len__(self):
        return 0
print(bool(LenBool()), "truthy" if LenBool() else "falsy")
