# The module's names, its constants and the DeflateIO type.
import deflate

print(dir(deflate))
print(deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)
print(deflate.DeflateIO)
print(dir(deflate.DeflateIO))
print(hasattr(deflate.DeflateIO, "write"), hasattr(deflate.DeflateIO, "flush"))
