# Streams cut short raise EOFError wherever they end: header, blocks or trailer.
import deflate, io

b = io.BytesIO()
with deflate.DeflateIO(b, deflate.GZIP) as d:
    d.write(b"some text to be cut " * 3)
g = b.getvalue()
for n in range(0, len(g), 3):
    try:
        r = deflate.DeflateIO(io.BytesIO(g[:n])).read()
        print(n, len(r))
    except Exception as e:
        print(n, type(e).__name__)
