import io
b = io.BytesIO(b"0123456789")
b.seek(5)
b.write(b"XY")
print(b.getvalue())
b.seek(0)
print(b.read(3), b.tell())
b.seek(100)
print(b.read())
c = io.BytesIO()
for i in range(3):
    c.write(bytes([65 + i]) * 2)
print(c.getvalue(), c.tell())
