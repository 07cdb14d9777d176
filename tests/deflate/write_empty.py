# An empty write is no write: no header, and closing then writes nothing.
import deflate, io

for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    b = io.BytesIO()
    d = deflate.DeflateIO(b, fmt)
    print(d.write(b""))
    d.close()
    print(fmt, b.getvalue())
    b = io.BytesIO()
    with deflate.DeflateIO(b, fmt):
        pass
    print(fmt, b.getvalue())
