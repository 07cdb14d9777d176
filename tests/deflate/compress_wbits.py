# The window decides how far back matches reach, and the zlib header says how big it is.
import deflate, io

data = bytes(range(200)) * 4 + b"tail" * 30
for wbits in (0, 5, 6, 7, 8, 9, 10, 12, 15):
    b = io.BytesIO()
    with deflate.DeflateIO(b, deflate.ZLIB, wbits) as d:
        d.write(data)
    v = b.getvalue()
    print(wbits, len(v), v[:2], v[-4:])
