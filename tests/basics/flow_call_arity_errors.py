# argument-count errors of user functions, methods and builtins, worded as MicroPython words them
def t(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
def a(x, y, *, z): pass
def b(x=1, *args, k, **kw): pass
def c(*, a, b, c): pass
class K:
    def m(self, p, q=2): pass
    @classmethod
    def cm(cls, r): pass
    @staticmethod
    def sm(s): pass
    def __init__(self, v=0): pass
k = K()
t("a()", lambda: a())
t("a(1)", lambda: a(1))
t("a(1,2)", lambda: a(1, 2))
t("a(1,2,3)", lambda: a(1, 2, 3))
t("a(1,2,z=1,w=2)", lambda: a(1, 2, z=1, w=2))
t("a(1,y=2,x=3,z=1)", lambda: a(1, y=2, x=3, z=1))
t("b()", lambda: b())
t("b(k=1, x=2, **{'x': 3})", lambda: b(k=1, **{'x': 3}))
t("c(a=1)", lambda: c(a=1))
t("c(a=1,b=2)", lambda: c(a=1, b=2))
t("c(1)", lambda: c(1))
t("k.m()", lambda: k.m())
t("k.m(1,2,3)", lambda: k.m(1, 2, 3))
t("k.m(p=1,x=1)", lambda: k.m(p=1, x=1))
t("K.m(k)", lambda: K.m(k))
t("K.cm()", lambda: K.cm())
t("k.cm(1,2)", lambda: k.cm(1, 2))
t("K.sm()", lambda: K.sm())
t("k.sm(1,2)", lambda: k.sm(1, 2))
t("K(1,2)", lambda: K(1, 2))
t("K(w=1)", lambda: K(w=1))
t("object(1)", lambda: object(1))
t("type()", lambda: type())
t("type(1,2)", lambda: type(1, 2))
t("str.upper()", lambda: str.upper())
t("'a'.upper(1)", lambda: 'a'.upper(1))
t("'a'.split(1,2,3)", lambda: 'a'.split(',', 1, 2))
t("[].append(1,2)", lambda: [].append(1, 2))
t("[].pop(1,2)", lambda: [].pop(1, 2))
t("{}.pop()", lambda: {}.pop())
t("{}.update(1,2)", lambda: {}.update(1, 2))
t("set().add()", lambda: set().add())
t("(1).to_bytes()", lambda: (1).to_bytes())
t("int.from_bytes()", lambda: int.from_bytes())
t("print(end=1)", lambda: print(end=1))
t("print(file=1)", lambda: print(1, file=1))
t("min()", lambda: min())
t("max(1)", lambda: max(1))
t("max([], default=1, key=2, x=3)", lambda: max([], default=1, x=3))
t("enumerate()", lambda: enumerate())
t("zip(1)", lambda: zip(1))
t("map(len)", lambda: map(len))
t("filter()", lambda: filter())
t("range(1.5)", lambda: range(1.5))
t("range(x=1)", lambda: range(x=1))
t("len(x=1)", lambda: len(x=1))
t("hash()", lambda: hash())
t("iter()", lambda: iter())
t("next()", lambda: next())
t("setattr(1)", lambda: setattr(1))
t("isinstance(1, 2)", lambda: isinstance(1, 2))
t("issubclass(1, int)", lambda: issubclass(1, int))
t("super(1)", lambda: super(1))
t("chr()", lambda: chr())
t("round(1, 2, 3)", lambda: round(1, 2, 3))
t("pow(1)", lambda: pow(1))
t("abs()", lambda: abs())
t("bool(1, 2)", lambda: bool(1, 2))
t("float(1, 2)", lambda: float(1, 2))
t("list(1, 2)", lambda: list(1, 2))
t("dict(1, 2)", lambda: dict(1, 2))
t("tuple(a=1)", lambda: tuple(a=1))
t("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4))
t("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4))
t("open()", lambda: open())
t("exec()", lambda: exec())
t("compile('1')", lambda: compile('1'))
t("getattr(1, 2)", lambda: getattr(1, 2))
t("(lambda: 0)(x=1)", lambda: (lambda: 0)(x=1))
t("(lambda *a: 0)(x=1)", lambda: (lambda *a: 0)(x=1))
t("(lambda **k: 0)(1)", lambda: (lambda **k: 0)(1))

try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    dict({}, 2, 3)
except TypeError as e:
    print(e)
try:
    {}.update(1, 2)
except TypeError as e:
    print(e)

for f in [lambda: map(), lambda: map(len), lambda: min(), lambda: max(), lambda: min(key=len), lambda: max(default=0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    pass
class B:
    def __new__(cls, *a, **k):
        return object.__new__(cls)
class C:
    def __init__(self):
        pass
for label, f in [("object(zz=1)", lambda: object(zz=1)), ("object(1, zz=1)", lambda: object(1, zz=1)),
                 ("A(zz=1)", lambda: A(zz=1)), ("A(1)", lambda: A(1)), ("A(1, zz=2)", lambda: A(1, zz=2)),
                 ("B(1, z=1)", lambda: B(1, z=1)), ("C(z=1)", lambda: C(z=1)), ("C(1)", lambda: C(1)),
                 ("object.__new__(A, 1)", lambda: object.__new__(A, 1)),
                 ("object.__new__()", lambda: object.__new__()),
                 ("object.__new__(1)", lambda: object.__new__(1)),
                 ("object.__init__(A(), 1)", lambda: object.__init__(A(), 1))]:
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, "->", e)
