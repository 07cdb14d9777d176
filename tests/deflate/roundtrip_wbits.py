# Compressed with one window, read with another: a smaller window fails on far matches.
import deflate, io

data = bytes(range(256)) * 3 + b"near" * 40
for ww in (8, 10, 13):
    b = io.BytesIO()
    with deflate.DeflateIO(b, deflate.ZLIB, ww) as d:
        d.write(data)
    z = b.getvalue()
    for rw in (0, 5, 8, 9, 15):
        try:
            print(ww, rw, deflate.DeflateIO(io.BytesIO(z), deflate.ZLIB, rw).read() == data)
        except OSError as e:
            print(ww, rw, e)
