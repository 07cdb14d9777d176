# io.StringIO: seek/tell past the end, read sizes (negative, zero, huge), readline at the end,
# write after seek (overwrite, gap), getvalue after close, unicode positions
import io
s = io.StringIO("hello\nworld\n")
print(repr(s.read(0)), repr(s.read(3)), s.tell(), repr(s.read(-1)), s.tell(), repr(s.read()), repr(s.read(5)))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
print(repr(s.readline(2)), repr(s.readline(0)), repr(s.readline(-1)))
print(s.seek(100), s.tell(), repr(s.read()))
s.write("X")
print(repr(s.getvalue()))
t = io.StringIO("abcdef")
t.seek(2)
t.write("ZZ")
print(repr(t.getvalue()), t.tell())
t.seek(0, 2)
print(t.tell())
for args in ((0, 0), (1, 0), (-1, 2), (0, 1), (-3, 1), (-100, 0), (0, 3), (1, 1), (-1, 1)):
    try:
        print(args, t.seek(*args), t.tell())
    except Exception as e:
        print(args, type(e).__name__, e)
u = io.StringIO("é中x")
print(repr(u.read(1)), u.tell(), repr(u.read(1)), u.tell(), repr(u.read()))
u.close()
for f in (u.getvalue, u.read, lambda: u.write("x"), u.tell, lambda: u.seek(0)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = io.StringIO()
print(repr(e.read()), repr(e.readline()), e.tell(), repr(e.getvalue()))
print(e.write(""), e.write("abc"), e.write("é"), repr(e.getvalue()), e.tell())
for bad in (5, b"x", None):
    try:
        e.write(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
for init in (5, b"x", None):
    try:
        print(repr(io.StringIO(init).getvalue()))
    except Exception as ex:
        print(type(ex).__name__, ex)
