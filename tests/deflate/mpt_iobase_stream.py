# DeflateIO over a Python stream class derived from io.IOBase: reads go through its readinto()
# one byte at a time, writes through write(), close through ioctl(); a negative answer is an
# errno and None is EAGAIN.
import deflate
import io


class Src(io.IOBase):
    def __init__(self, data, fail=None):
        self.data = data
        self.pos = 0
        self.fail = fail

    def readinto(self, buf):
        if self.fail is not None and self.pos >= 3:
            return None if self.fail == "eagain" else self.fail
        if self.pos >= len(self.data):
            return 0
        buf[0] = self.data[self.pos]
        self.pos += 1
        return 1


# zlib stream of b"hello hello hello"
z = b"x\x9c\xcbH\xcd\xc9\xc9W\xc8@\x90\x00:.\x06}"
print(deflate.DeflateIO(Src(z)).read())
print(deflate.DeflateIO(Src(z), deflate.ZLIB).read(5))
for fail in (-5, "eagain"):
    try:
        deflate.DeflateIO(Src(z, fail)).read()
    except OSError as e:
        print("OSError", e.errno)
try:
    deflate.DeflateIO(Src(z[:6])).read()
except EOFError:
    print("EOFError")


class Sink(io.IOBase):
    def __init__(self, limit=99):
        self.out = bytearray()
        self.calls = 0
        self.limit = limit

    def write(self, buf):
        self.calls += 1
        if self.calls > self.limit:
            return -7
        self.out += buf
        return len(buf)

    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0


if hasattr(deflate.DeflateIO, "write"):
    for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
        s = Sink()
        d = deflate.DeflateIO(s, fmt, 0, True)
        d.write(b"hello hello hello")
        d.close()
        print(fmt, s.calls, deflate.DeflateIO(io.BytesIO(s.out), fmt).read())
    for fmt in (deflate.RAW, deflate.ZLIB):
        d = deflate.DeflateIO(Sink(2), fmt)
        try:
            d.write(b"abcdefgh")
            d.close()
        except OSError as e:
            print("OSError", e.errno)
    try:
        deflate.DeflateIO(Sink(0), deflate.GZIP).write(b"x")
    except OSError as e:
        print("OSError", e.errno)
