# HMAC-SHA256 against the RFC 4231 test vectors
import hmac
import hashlib
import binascii

cases = (
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"", b""),
    (b"k" * 64, b"exactly one block of key"),
    (b"k" * 65, b"one byte more"),
)
for key, msg in cases:
    print(hmac.new(key, msg, hashlib.sha256).hexdigest())
print(binascii.hexlify(hmac.new(b"key", b"msg", hashlib.sha256).digest()))
