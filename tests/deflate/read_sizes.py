# read(n) in pieces, read(0), read(-1) and reading past the end.
import deflate, io

Z = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"
d = deflate.DeflateIO(io.BytesIO(Z))
print(d.read(0))
print(d.read(3))
print(d.read(1))
print(d.read(-1))
print(d.read())
print(d.read(5))
d = deflate.DeflateIO(io.BytesIO(Z))
parts = []
while True:
    p = d.read(2)
    if not p:
        break
    parts.append(p)
print(parts)
