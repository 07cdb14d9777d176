# Several hash objects at once keep separate states.
import hashlib

a = hashlib.sha256()
b = hashlib.sha256(b"prefix")
for i in range(50):
    chunk = bytes([i]) * (i + 1)
    a.update(chunk)
    b.update(chunk + b"!")
da = a.digest()
db = b.digest()
print(da.hex())
print(db.hex())
print(da != db)
whole = b"".join(bytes([i]) * (i + 1) for i in range(50))
print(hashlib.sha256(whole).digest() == da)
print(hashlib.sha256(b"prefix" + b"".join(bytes([i]) * (i + 1) + b"!" for i in range(50))).digest() == db)
