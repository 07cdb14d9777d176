# io.BytesIO/StringIO as streams: readinto(buf[, n]), write(buf[, n]) and write(buf, off, n),
# seek with any whence.
import io


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"hello world")
buf = bytearray(4)
t(lambda: b.readinto(buf))
print(buf)
t(lambda: b.readinto(buf, 2))
print(buf)
t(lambda: b.readinto(memoryview(buf)[1:3]))
print(buf)
t(lambda: b.readinto(buf, 10))
print(buf)
t(lambda: b.readinto(buf))
t(lambda: b.readinto(b"xx"))
t(lambda: b.readinto(1))
w = io.BytesIO()
for args in ((2,), (2, 3), (10,), (-1,), (1, 100), (10, 1), (0, 0)):
    t(lambda: w.write(b"abcdef", *args))
t(lambda: w.getvalue())
s = io.StringIO()
t(lambda: s.write("abcdef", 2))
t(lambda: s.write("abcdef", 1, 2))
t(lambda: s.getvalue())
t(lambda: s.readinto(bytearray(2)))
s.seek(0)
a = bytearray(3)
t(lambda: s.readinto(a))
print(a)
for whence in (0, 1, 2, 3, 7):
    f = io.BytesIO(b"abc")
    f.read(1)
    t(lambda: f.seek(1, whence))
