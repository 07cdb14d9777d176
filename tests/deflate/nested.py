# A DeflateIO over a DeflateIO: gzip of zlib, and a StringIO as the sink.
import deflate, io

outer = io.BytesIO()
g = deflate.DeflateIO(outer, deflate.GZIP)
z = deflate.DeflateIO(g, deflate.ZLIB)
z.write(b"nested " * 8)
z.close()
g.close()
print(outer.getvalue())
inner = deflate.DeflateIO(io.BytesIO(outer.getvalue()), deflate.GZIP)
print(deflate.DeflateIO(inner, deflate.ZLIB).read())

s = io.StringIO()
with deflate.DeflateIO(s, deflate.RAW) as d:
    d.write(b"abc")
print(repr(s.getvalue()))
