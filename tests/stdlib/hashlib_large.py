# A megabyte, hashed whole and in 4 KiB pieces.
import binascii
import hashlib

data = bytes(range(256)) * 4096
print(len(data), binascii.hexlify(hashlib.sha256(data).digest()))
h = hashlib.sha256()
mv = memoryview(data)
for i in range(0, len(data), 4096):
    h.update(mv[i : i + 4096])
print(binascii.hexlify(h.digest()))
print(binascii.hexlify(hashlib.sha256(b"\x00" * 100000).digest()))
