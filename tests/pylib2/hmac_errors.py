# bad keys and digest modules, and the finalised state after digest()
import hmac
import hashlib


def t(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


t(hmac.new, "key", b"m", hashlib.sha256)
t(hmac.new, 123, b"m", hashlib.sha256)
t(hmac.new, b"key", b"m")
t(hmac.new, b"key", b"m", "md5")
h = hmac.new(b"key", b"m", hashlib.sha256)
t(h.copy)
print(h.hexdigest())
t(h.hexdigest)
t(h.update, b"more")
t(h.digest)
