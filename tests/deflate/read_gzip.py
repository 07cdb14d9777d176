# gzip streams, read as GZIP and AUTO; the size in the trailer is not checked.
import deflate, io

G = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xaf\xca,PHI,I\xe4J'\x92\x05\x00\xd6\x85\xa0\x9f2\x00\x00\x00"
print(deflate.DeflateIO(io.BytesIO(G), deflate.GZIP).read())
print(deflate.DeflateIO(io.BytesIO(G)).read())
print(deflate.DeflateIO(io.BytesIO(G[:-4] + b"\x00\x00\x00\x00")).read())
print(deflate.DeflateIO(io.BytesIO(G), deflate.GZIP, 9).read(10))
