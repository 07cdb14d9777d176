# update() in pieces equals one message; str messages are hashed as UTF-8
import hmac
import hashlib

one = hmac.new(b"secret", b"The quick brown fox", hashlib.sha256).hexdigest()
h = hmac.HMAC(b"secret", digestmod=hashlib.sha256)
for part in (b"The ", b"quick", b" ", bytearray(b"brown"), b" fox"):
    h.update(part)
print(one == h.hexdigest(), one)
print(hmac.new(b"k", "text", hashlib.sha256).hexdigest() == hmac.new(b"k", b"text", hashlib.sha256).hexdigest())
print(hmac.new(bytearray(b"k"), b"x", "sha256").hexdigest())
h = hmac.new(b"k", digestmod=hashlib.sha256)
print(h.hexdigest())
