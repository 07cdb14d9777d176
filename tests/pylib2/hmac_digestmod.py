# digestmod as a constructor, a name, or an object with new(); a pure-Python hash with copy()
import hmac
import hashlib


class Mod:
    # a PEP 247 style module
    @staticmethod
    def new(data=b""):
        return hashlib.sha256(data)


class Sum:
    # a toy hash with copy(), digest_size and block_size
    digest_size = 1
    block_size = 16
    name = "sum8"

    def __init__(self, data=b""):
        self.total = 0
        self.update(data)

    def update(self, data):
        for b in data:
            self.total = (self.total * 31 + b) & 0xFF

    def copy(self):
        c = Sum()
        c.total = self.total
        return c

    def digest(self):
        return bytes([self.total])


a = hmac.new(b"k", b"m", hashlib.sha256).hexdigest()
print(a == hmac.new(b"k", b"m", "sha256").hexdigest() == hmac.new(b"k", b"m", Mod()).hexdigest())
h = hmac.new(b"key", b"abc", Sum)
print(h.name, h.digest_size, h.block_size, h.hexdigest(), h.hexdigest())
try:
    h.copy()  # needs HMAC.__new__, which MicroPython's classes lack
except AttributeError as e:
    print("AttributeError", e)
print(h.hexdigest(), hmac.new(b"key", b"abcd", Sum).hexdigest())
print(hmac.new(b"K" * 40, b"x", Sum).hexdigest())
