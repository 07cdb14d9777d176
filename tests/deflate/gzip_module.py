# The frozen gzip module: its names, compress and decompress.
import gzip

print(dir(gzip))
print(gzip.__version__)
c = gzip.compress(b"hello gzip " * 5)
print(c)
print(gzip.decompress(c))
print(gzip.compress(b""))
print(gzip.decompress(gzip.compress(b"")))
print(gzip.compress("str data"))
print(gzip.decompress(c + b"ignored"))
