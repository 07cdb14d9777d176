# Hash chains and a simple HMAC built on sha256 (64-byte blocks).
import hashlib


def hmac_sha256(key, msg):
    if len(key) > 64:
        key = hashlib.sha256(key).digest()
    key = key + b"\x00" * (64 - len(key))
    inner = hashlib.sha256(bytes(k ^ 0x36 for k in key))
    inner.update(msg)
    outer = hashlib.sha256(bytes(k ^ 0x5C for k in key))
    outer.update(inner.digest())
    return outer.digest()


print(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog").hex())
print(hmac_sha256(b"k" * 100, b"").hex())
d = b"seed"
for _ in range(100):
    d = hashlib.sha256(d).digest()
print(d.hex())
