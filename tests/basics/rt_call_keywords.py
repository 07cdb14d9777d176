# A keyword given twice through ** (MicroPython passes both to the callee): Python functions
# refuse it, builtins parsing keywords find one too many, dict() keeps the last.
def f(**kw):
    return kw


def g(a, b=2):
    return a, b


def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: f(a=1, **{"a": 2}))
t(lambda: f(**{"a": 1}, **{"a": 2}))
t(lambda: g(1, a=2))
t(lambda: g(1, **{"a": 2}))
t(lambda: g(**{"c": 1}))
t(lambda: g(b=1))
t(lambda: dict(a=1, **{"a": 2}))
t(lambda: print(1, sep="", **{"sep": "x"}))
t(lambda: sorted([1], key=None, **{"key": None}))
t(lambda: print(1, foo=2))
t(lambda: sorted([1], foo=2))
t(lambda: f(**{1: 2}))
t(lambda: f(**[1]))
t(lambda: f(*1))
t(lambda: g(1, 2, 3))
t(lambda: max(1, 2, key=None, default=3))
t(lambda: max([], default=3))
t(lambda: max([4, 5], key=lambda x: -x))
t(lambda: min(1, 2, foo=1))
t(lambda: min([], key=abs, default="d"))
