# __repr__/__str__: fallbacks, containers, format/%, non-str results, inheritance
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class RS:
    def __repr__(self):
        return "RS-repr"
    def __str__(self):
        return "RS-str"
for o in (R(), RS()):
    print(o, str(o), repr(o), [o], (o,), {1: o}, "%s|%r" % (o, o), "{}|{!r}|{!s}".format(o, o, o), f"{o}|{o!r}")
s = S()
print(s, str(s), "%s" % s, "{}".format(s), f"{s}")
print(repr(s).startswith("<S object at "), str([s]).startswith("[<S object at "))
class Sub(RS):
    pass
print(Sub(), repr(Sub()))
class Sub2(RS):
    def __repr__(self):
        return "Sub2-repr"
print(Sub2(), [Sub2()])
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
for f in (repr, str, print):
    try:
        f(BadRepr())
    except TypeError as e:
        print(f.__name__, "TypeError", e)
for f in (str, print):
    try:
        f(BadStr())
    except TypeError as e:
        print(f.__name__, "TypeError", e)
class Raiser:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print(repr([Raiser()]))
except ValueError as e:
    print("ValueError", e)
class Unicode:
    def __repr__(self):
        return "ünï→"
print(Unicode(), [Unicode()], len(repr(Unicode())))
class ReprOfStrSub(str):
    pass
class ReturnsStrSub:
    def __repr__(self):
        return ReprOfStrSub("sub-str")
print(repr(ReturnsStrSub()))
class Rec:
    def __init__(self):
        self.items = [1, "a", None]
    def __repr__(self):
        return "Rec(%r)" % (self.items,)
print(Rec(), str(Rec()))
print(str(R), repr(R) == str(R), str(R).startswith("<class"))
