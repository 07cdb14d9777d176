# The stream must be a native stream with the operation; closed DeflateIOs give EINVAL.
import deflate, io

class Fake:
    def read(self, n):
        return b"x"

    def write(self, b):
        return len(b)

for s in (1, None, Fake(), io.BytesIO()):
    d = deflate.DeflateIO(s)
    for op in ("read", "write"):
        try:
            print(getattr(d, op)(b"ab") if op == "write" else d.read())
        except Exception as e:
            print(type(s).__name__, op, type(e).__name__, e)

d = deflate.DeflateIO(io.BytesIO(b"x\x9c\x03\x00\x00\x00\x00\x01"))
print(d.close(), d.close())
for f in (d.read, lambda: d.read(1), lambda: d.readinto(bytearray(2)), d.readline, lambda: d.write(b"a")):
    try:
        f()
    except OSError as e:
        print(e)
print(d.write(b""))
