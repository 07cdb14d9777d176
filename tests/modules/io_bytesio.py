import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytearray(b"def"))
print(b.getvalue(), len(b.getvalue()))
r = io.BytesIO(b"\x00\x01\x02rest")
print(r.read(2), r.read(1), r.read(), r.read())
r.seek(0)
print(r.read(3))
r.seek(-2, 2)
print(r.read())
m = io.BytesIO(b"line1\nline2\n")
print(m.readline(), m.readline(), m.readline())
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError")
