# Names are qstrs of at most 255 bytes: a longer one is a RuntimeError wherever one is made.
n = "k" * 256


def f(**kw):
    return len(kw)


def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, str(e)[:30])


t(lambda: f(**{n: 1}))
t(lambda: getattr(1, n))
t(lambda: hasattr(1, n))
t(lambda: setattr(f, n, 1))
t(lambda: delattr(f, n))
t(lambda: __import__(n))
t(lambda: dict(**{n: 1}))
t(lambda: type(n, (), {}))
t(lambda: getattr(1, "k" * 255))
t(lambda: len({n: 1}))
t(lambda: f(**{"\u00e9" * 128: 1}))
t(lambda: f(**{"\u00e9" * 127: 1}))
t(lambda: exec("a" * 255 + " = 1"))
t(lambda: exec("a" * 256 + " = 1"))
t(lambda: exec("def " + "b" * 300 + "(): pass"))
t(lambda: exec("x = '" + "q" * 300 + "'"))
