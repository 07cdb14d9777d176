# One DeflateIO can read and write the same stream: the two sides are independent.
import deflate, io

b = io.BytesIO(b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]")
d = deflate.DeflateIO(b, deflate.ZLIB)
print(d.read())
print(d.write(b"more"))
d.close()
print(b.getvalue())
