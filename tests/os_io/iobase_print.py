# print(file=) writes each piece to an io.IOBase subclass's write() as a bytearray.
import io


class W(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append((type(b).__name__, bytes(b)))
        return len(b)


w = W()
print("x", 1, "y", file=w)
print("a", "b", sep="", end="", file=w)
print(file=w)
print("s", 2, sep="--", end="!\n", file=w)
for p in w.parts:
    print(p)
print(isinstance(w, io.IOBase), issubclass(W, io.IOBase), io.IOBase.__name__)
