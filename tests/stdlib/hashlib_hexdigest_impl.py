# MicroPython's sha256 has no hexdigest(): programs build it from digest().
import binascii
import hashlib

h = hashlib.sha256(b"hello")
print(hasattr(h, "hexdigest"))
print(binascii.hexlify(h.digest()).decode())
print(hashlib.sha256(b"hello").digest().hex())
print("".join("{:02x}".format(b) for b in hashlib.sha256(b"world").digest()))
