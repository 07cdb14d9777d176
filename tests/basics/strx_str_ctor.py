# str() constructor: objects, bytes with encodings, errors, subclass instances
class A:
    def __str__(self):
        return "A!"
class R:
    def __repr__(self):
        return "R?"
class Bad:
    def __str__(self):
        return 5
for v in [None, True, 0, -7, 2**70, 1.5, 1e100, "s", b"b", bytearray(b"ba"), [1, "x"], ("t",), {"k": b"v"}, A(), R(), range(3), str]:
    print(repr(str(v)))
for args in [(b"abc", "utf-8"), (b"\xc3\xa9", "utf8"), (bytearray(b"x"), "utf-8"), (b"abc", "ascii"), (b"\xff", "utf-8"),
             (b"abc", "utf-8", "strict"), ("abc", "utf-8"), (1, "utf-8"), (b"a", 1), (), (b"a", "utf-8", "x", 1), (memoryview(b"mv"), "utf-8")]:
    try:
        print(args, repr(str(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    print(str(Bad()))
except Exception as e:
    print(type(e).__name__, e)
class MyStr(str):
    pass
m = MyStr("abc")
print(type(m).__name__, m, m.upper(), type(m.upper()).__name__, m + "d", type(m + "d").__name__, len(m), m[1], isinstance(m, str))
print(str(m) == "abc", type(str(m)).__name__, repr(m), m == "abc")
