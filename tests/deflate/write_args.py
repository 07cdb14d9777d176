# write(buf), write(buf, max_len), write(buf, off, max_len); str is a buffer too.
import deflate, io

b = io.BytesIO()
d = deflate.DeflateIO(b, deflate.ZLIB)
print(d.write(b"hello"))
print(d.write(b"hello", 2))
print(d.write(b"hello", 1, 3))
print(d.write(b"hello", 9, 3))
print(d.write(b"abc", -1))
print(d.write("text"))
print(d.write(bytearray(b"ba")))
print(d.write(memoryview(b"xyz")[1:]))
d.close()
print(b.getvalue())
print(deflate.DeflateIO(io.BytesIO(b.getvalue())).read())
