# close=True closes the underlying stream too; a context manager closes the DeflateIO.
import deflate, io

b = io.BytesIO()
with deflate.DeflateIO(b, deflate.ZLIB, 0, True) as d:
    print(d.write(b"data"))
try:
    b.getvalue()
except ValueError as e:
    print("closed:", e)

b = io.BytesIO()
with deflate.DeflateIO(b, deflate.ZLIB) as d:
    print(d.__enter__() is d)
    d.write(b"data")
print(b.getvalue())

d = deflate.DeflateIO(io.BytesIO())
print(d.__exit__(None, None, None))
try:
    d.__exit__()
except TypeError as e:
    print(e)
