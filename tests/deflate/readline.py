# readline() reads up to a newline (or n bytes); iteration is not supported.
import deflate, io

b = io.BytesIO()
with deflate.DeflateIO(b, deflate.GZIP) as d:
    d.write(b"first line\nsecond\n\nlast without newline")
z = b.getvalue()
d = deflate.DeflateIO(io.BytesIO(z))
print(d.readline())
print(d.readline(3))
print(d.readline(0))
print(d.readline())
print(d.readline())
print(d.readline())
print(d.readline())
try:
    for line in deflate.DeflateIO(io.BytesIO(z)):
        pass
except TypeError as e:
    print(e)
