# which argument MicroPython checks first: startswith/endswith read end before start,
# rsplit with a count takes str or bytes separators, replace with count 0 returns early
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for m in ["find", "rfind", "count", "index", "rindex", "startswith", "endswith"]:
    for obj, sub in [("abc", "a"), (b"abc", b"a")]:
        t(getattr(obj, m), sub, 1.5, "x")
        t(getattr(obj, m), sub, None, "x")
        t(getattr(obj, m), sub, "y", 2.5)
        t(getattr(obj, m), sub, 0, [1])
for obj, sep, n in [(b"ab", " ", 0), (b"", " ", 0), (b"", " ", -1), (b"", " ", 1), (b"a b", " ", 1), (b"a b", " ", -1),
                    ("", b" ", 0), ("ab", b" ", 0), ("a b", b" ", 2), ("a b", b" ", -1), ("a\u00e9b", "\u00e9".encode(), 1),
                    (bytearray(b"a b"), " ", 1), ("a b", bytearray(b" "), 1), (b"a b", 1, 0), ("", "", 0), ("a", b"", 1)]:
    t(obj.rsplit, sep, n)
    t(obj.split, sep, n)
for obj, args in [("aXb", (2, "X", 0)), ("aXb", ("X", 2, 0)), (b"ab", ("a", 1, 0)), (bytearray(b"x"), (1, 2, 0)),
                  ("aXb", (2, "X", 1)), ("aXb", ("X", "Y", 0.0)), ("aXb", ("X", "Y", -1)), ("aXb", ("", "-", 0))]:
    t(obj.replace, *args)
