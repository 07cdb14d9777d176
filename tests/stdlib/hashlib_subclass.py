import hashlib


class Sha(hashlib.sha256):
    pass


class Named(hashlib.sha256):
    def __init__(self, data):
        super().__init__(data)
        self.label = "named"

    def hex(self):
        return "".join("%02x" % b for b in self.digest())


s = Sha(b"abc")
print(type(s).__name__, s.digest() == hashlib.sha256(b"abc").digest())
s2 = Sha()
s2.update(b"abc")
print(s2.digest() == hashlib.sha256(b"abc").digest())
n = Named(b"abc")
print(n.label, n.hex())
print(isinstance(n, hashlib.sha256), isinstance(hashlib.sha256(), hashlib.sha256))
try:
    n.digest()
except ValueError as e:
    print("ValueError", e)
