# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's shutil.py and tempfile.py
# (the WebAssembly oracle does not freeze shutil or tempfile).
import io
import shutil


class Reader:
    # a stream with read() only
    def __init__(self, data):
        self.data = data

    def read(self, n):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


class Sink:
    def __init__(self):
        self.writes = []

    def write(self, b):
        self.writes.append(bytes(b))
        return len(b)


data = bytes(range(256)) * 5
out = io.BytesIO()
shutil.copyfileobj(io.BytesIO(data), out)
print(out.getvalue() == data)
s = Sink()
shutil.copyfileobj(io.BytesIO(data), s, 300)
print([len(w) for w in s.writes], b"".join(s.writes) == data)
s = Sink()
shutil.copyfileobj(Reader(b"abcdefghij"), s, 4)
print(s.writes)
s = Sink()
shutil.copyfileobj(io.BytesIO(b""), s)
print(s.writes)
u = shutil.disk_usage(".")
print(type(u).__name__, u.total >= u.free >= 0, u.used == u.total - u.free, len(u))
print(shutil._ntuple_diskusage(3, 2, 1))
