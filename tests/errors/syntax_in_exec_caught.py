for src in ("1 +", "def f(:", "x = = 2", "if True\n  pass", "return 1", "a b c"):
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args[0] if e.args else "")
print("done")
