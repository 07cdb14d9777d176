import hashlib

print(dir(hashlib))
print(dir(hashlib.sha256))
print(dir(hashlib.sha256()))
print(hashlib.sha256, type(hashlib.sha256()), hashlib.sha256())
print(hashlib.sha256.__name__)
for name in ("sha1", "md5", "sha512", "new"):
    print(name, hasattr(hashlib, name))
