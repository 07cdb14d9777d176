# json.dump writes to and json.load reads (through readinto) an io.IOBase subclass.
import io, json


class Sink(io.IOBase):
    def __init__(self):
        self.data = bytearray()

    def write(self, b):
        self.data += b
        return len(b)


class Source(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n


s = Sink()
json.dump({"a": [1, 2.5, None, True], "b": "x"}, s)
print(bytes(s.data))
src = Source(bytes(s.data))
print(json.load(src))
print(src.calls == len(s.data) + 1)
print(json.load(Source(b' [1, {"z": "\\u00e9"}] ')))
try:
    json.load(Source(b"[1, 2"))
except ValueError as e:
    print("ValueError", e)
