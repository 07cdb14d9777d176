# sys.print_exception writes to an io.IOBase subclass.
import io, sys


class W(io.IOBase):
    def __init__(self):
        self.out = bytearray()

    def write(self, b):
        self.out += b
        return len(b)


w = W()
sys.print_exception(ValueError("bad", 2), w)
print(bytes(w.out))
try:
    sys.print_exception(ValueError("v"), object())
except OSError as e:
    print("OSError", e)
