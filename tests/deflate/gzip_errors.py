# gzip.decompress of what is not gzip: EINVAL, or EOFError when cut short.
import gzip

c = gzip.compress(b"hello")
for data in (b"", b"abc", c[:5], c[:-1], c[:-6], b"x\x9c\x03\x00\x00\x00\x00\x01", c[:-8] + b"\x00" * 8):
    try:
        print(gzip.decompress(data))
    except Exception as e:
        print(type(e).__name__, e)
