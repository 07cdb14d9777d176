# Reading zlib streams made by CPython's zlib: fixed, stored and empty, read as AUTO and ZLIB.
import deflate, io

STREAMS = [
    b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]",
    b"x\x01\x01\x05\x00\xfa\xffhello\x06,\x02\x15",
    b"x\x9cK\xcc\xcbKLJL\x1c%iL\x02\x00\xb0\x90\x8e\xbd",
    b"x\x9c\x03\x00\x00\x00\x00\x01",
]
for s in STREAMS:
    print(deflate.DeflateIO(io.BytesIO(s)).read())
    print(deflate.DeflateIO(io.BytesIO(s), deflate.ZLIB).read())
