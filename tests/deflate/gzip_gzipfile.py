# GzipFile over a stream, reading and writing; a plain deflate stream in GZIP format.
import gzip, io

b = io.BytesIO()
with gzip.GzipFile(fileobj=b) as f:
    f.write(b"line one\n")
    f.write(b"line two\n")
print(b.getvalue())
f = gzip.GzipFile(io.BytesIO(b.getvalue()))
print(type(f).__name__)
print(f.readline())
print(f.read())
f.close()
