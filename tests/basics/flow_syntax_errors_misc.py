# SyntaxError and IndentationError for invalid targets, parameters, scopes and layout
def t(code):
    try:
        exec(code)
        print(repr(code), "no error")
    except IndentationError as e:
        print(repr(code), "IndentationError", e)
    except SyntaxError as e:
        print(repr(code), "SyntaxError", e)
    except Exception as e:
        print(repr(code), type(e).__name__, e)
for c in ["a \\a\n", "def f():\n  a\n a\n", "'abc", "!", "$", "`", "?", " a\n", "123z", "1 = 2", "'' = 1",
          "{} = 1", "f**2 = 1", "f[0]**2 = 1", "() = 1", "x = *x", "*a, *b = c", "(a, b) += c",
          "[a, b] += c", "del ()", "del f[0]**2", "del (a for a in a)", "nonlocal a", "await 1",
          "f(1=2)", "def f():\n def g():\n  nonlocal a", "def f(x):\n nonlocal x",
          "def f():\n nonlocal x\n global x", "def f(x, *a, *):\n pass", "lambda x, *a, *: 1",
          "def f(x, *a, **kw, r):\n pass", "lambda x, *a, **kw, r: 1", "def f():\n a = 1\n global a",
          "f(1, i for i in i)", "x = 1\n\tif 1:\n  pass", "if 1:\n\tx\n        y", "class C(x for x in y): pass",
          "def f(*): pass", "def f(*, a): pass", "lambda *: 0", "def f(**k, *a): pass", "f(*a, **k, *b)",
          "f(**k, a)", "f(a for a in b for c in d)", "[x for x in y] += 1", "x.y += 1", "x[0] += 1",
          "(x) += 1", "(x,) += 1", "a if b else c = 1", "not x = 1", "-x = 1", "x and y = 1", "x < y = 1",
          "f'{x}' = 1", "... = 1", "x = yield", "def f():\n x = yield\n", "def f():\n return (yield) + (yield)",
          "if True:\npass", "while 1:\n  pass\n else:\n  pass", "global x, x", "def f():\n global x, x",
          "del x, (y, z), [w]", "import a.b as c", "from a import b.c",
          "with a as b, c as d: pass", "with (a, b) as c: pass", "with a as (b, c): pass", "with a as [b]: pass",
          "try: pass\nfinally: pass\nexcept: pass", "try: pass\nexcept: pass\nelse: pass\nfinally: pass",
          "for x in 1, 2: pass", "for x, in [[1]]: pass", "for (x) in []: pass", "for x.y in []: pass",
          "for f() in []: pass", "for 1 in []: pass"]:
    t(c)
