# startswith/endswith with ranges and tuples
s = "hello world"
for p in ["", "h", "hello", "world", "d", "lo w", ("x", "he"), ("x", "y"), (), ("",)]:
    for r in [(), (0,), (3,), (-5,), (20,), (0, 5), (6, 11), (6, -1), (-5, None), (4, 2)]:
        try:
            print(repr(p), r, s.startswith(p, *r), s.endswith(p, *r))
        except Exception as e:
            print(repr(p), r, type(e).__name__, e)
u = "\u00e9t\u00e9\U0001F600"
print(u.startswith("\u00e9"), u.startswith("t", 1), u.endswith("\U0001F600"), u.endswith("\u00e9", 0, 3))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), bytearray(b"xy").startswith(b"y", 1))
for bad in [1, ["a"], None, b"h"]:
    try:
        print(s.startswith(bad))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(s.endswith(bad))
    except Exception as e:
        print(type(e).__name__, e)
