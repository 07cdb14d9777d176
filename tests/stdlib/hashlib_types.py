# Any buffer (and str, as its UTF-8 bytes) can be hashed.
import array
import hashlib

ref = hashlib.sha256(b"abc").digest()
print(hashlib.sha256("abc").digest() == ref)
print(hashlib.sha256(bytearray(b"abc")).digest() == ref)
print(hashlib.sha256(memoryview(b"xabcx")[1:4]).digest() == ref)
print(hashlib.sha256(array.array("B", [97, 98, 99])).digest() == ref)
print(hashlib.sha256("é").digest() == hashlib.sha256(b"\xc3\xa9").digest())
print(hashlib.sha256(array.array("i", [1, 2])).digest())
h = hashlib.sha256()
h.update("a")
h.update(bytearray(b"b"))
h.update(memoryview(b"c"))
print(h.digest() == ref)
print(type(ref), len(ref))
