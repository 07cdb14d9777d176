# io: module surface and class relations, StringIO/BytesIO as context managers, iteration after
# close, readinto of StringIO, write of subclass values, alloc-size constructor argument
import io
print(sorted(n for n in dir(io) if not n.startswith("_")))
with io.StringIO("ctx") as s:
    print(s.read())
try:
    s.read()
except Exception as e:
    print(type(e).__name__, e)
with io.BytesIO(b"b") as b:
    print(b.read())
try:
    b.write(b"x")
except Exception as e:
    print(type(e).__name__, e)
class S(str):
    pass
t = io.StringIO()
t.write(S("sub"))
print(repr(t.getvalue()))
for n in (0, 10, 1000):
    x = io.BytesIO(n)
    print(n, repr(x.getvalue()), x.tell())
    x2 = io.StringIO(n)
    print(n, repr(x2.getvalue()))
for f in ("readable", "writable", "seekable", "readinto", "readlines", "truncate", "fileno", "isatty", "closed", "getbuffer"):
    print(f, hasattr(io.BytesIO(), f), hasattr(io.StringIO(), f))
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__, isinstance(io.StringIO(), io.IOBase) if hasattr(io, "IOBase") else "-")
print(repr(io.StringIO("a\r\nb\rc\n").readline()), list(io.BytesIO(b"1\n2")))
