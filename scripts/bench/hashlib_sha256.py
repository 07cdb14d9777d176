# sha256 of 10 MB, fed in 64 KiB pieces (the data is built once, outside the hashing).
import hashlib

piece = bytes(range(256)) * 256
h = hashlib.sha256()
for _ in range(160):
    h.update(piece)
print(h.digest().hex())
