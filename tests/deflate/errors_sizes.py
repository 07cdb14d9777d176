# Negative sizes other than -1 are huge unsigned ones in MicroPython: the allocation fails.
import deflate, io

Z = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"
for f in (lambda d: d.read(-2), lambda d: d.read(-100), lambda d: d.readline(-2), lambda d: d.read(None)):
    try:
        print(f(deflate.DeflateIO(io.BytesIO(Z))))
    except Exception as e:
        print(type(e).__name__, e)
print(deflate.DeflateIO(io.BytesIO(Z)).readline(-1))
