# argument error messages for user functions, methods, lambdas and builtins
def f0():
    pass
def f1(a):
    pass
def f2(a, b=1):
    pass
def fs(a, *r):
    pass
def fk(**k):
    pass
class C:
    def m(self, x):
        pass
    def __init__(self, a):
        pass

cases = [
    ("f0(1)", lambda: f0(1)),
    ("f0(a=1)", lambda: f0(a=1)),
    ("f1()", lambda: f1()),
    ("f1(1, 2)", lambda: f1(1, 2)),
    ("f1(b=1)", lambda: f1(b=1)),
    ("f1(1, a=1)", lambda: f1(1, a=1)),
    ("f2()", lambda: f2()),
    ("f2(1, 2, 3)", lambda: f2(1, 2, 3)),
    ("f2(1, c=3)", lambda: f2(1, c=3)),
    ("fs()", lambda: fs()),
    ("fs(r=1)", lambda: fs(1, r=1)),
    ("fk(1)", lambda: fk(1)),
    ("C.m()", lambda: C(1).m()),
    ("C.m(1,2)", lambda: C(1).m(1, 2)),
    ("C()", lambda: C()),
    ("C(1, 2)", lambda: C(1, 2)),
    ("C.m unbound", lambda: C.m(1)),
    ("lambda", lambda: (lambda x, y: 0)(1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)),
    ("list.append()", lambda: [].append()),
    ("str.join(1, 2)", lambda: "".join(1, 2)),
    ("divmod(1)", lambda: divmod(1)),
    ("range()", lambda: range()),
    ("range(1,2,3,4)", lambda: range(1, 2, 3, 4)),
    ("print(sep=1)", lambda: print(1, sep=1)),
    ("sorted(1, 2)", lambda: sorted([], 2)),
    ("getattr(1)", lambda: getattr(1)),
    ("dict.get()", lambda: {}.get()),
]
for name, fn in cases:
    try:
        fn()
        print(name, "ok")
    except TypeError as e:
        print(name, "->", e)
