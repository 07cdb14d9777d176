# gzip.open writes and reads a file (the file is closed with the stream).
import gzip, os

with gzip.open("_gzip_open.gz", "wb") as f:
    f.write(b"stored in a file\n" * 3)
with open("_gzip_open.gz", "rb") as f:
    print(f.read(10))
with gzip.open("_gzip_open.gz") as f:
    print(f.read())
os.remove("_gzip_open.gz")
