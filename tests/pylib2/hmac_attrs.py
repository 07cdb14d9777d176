# attributes of an HMAC over MicroPython's hashlib.sha256
import hmac
import hashlib

h = hmac.new(b"key", b"msg", hashlib.sha256)
print(h.name, h.block_size, h.digest_size)
print(type(h).__name__, isinstance(h, hmac.HMAC))
print(hasattr(hmac, "compare_digest"), hasattr(hmac, "digest"))
print(sorted(k for k in dir(hmac) if not k.startswith("__")))
