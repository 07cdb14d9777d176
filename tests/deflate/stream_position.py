# Reading stops right after the trailer (raw: after the last block), so what follows is left.
import deflate, io

for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    b = io.BytesIO()
    with deflate.DeflateIO(b, fmt) as d:
        d.write(b"payload " * 4)
    s = io.BytesIO(b.getvalue() + b"TRAILING")
    print(deflate.DeflateIO(s, fmt).read(), s.read())

# two members one after the other
b = io.BytesIO()
for part in (b"one", b"two"):
    with deflate.DeflateIO(b, deflate.GZIP) as d:
        d.write(part)
s = io.BytesIO(b.getvalue())
print(deflate.DeflateIO(s).read(), deflate.DeflateIO(s).read(), s.read())
