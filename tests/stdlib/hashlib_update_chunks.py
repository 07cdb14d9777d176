# Any split of the input into update() calls gives the same digest.
import hashlib

data = bytes((i * 7 + 3) & 255 for i in range(1000))
whole = hashlib.sha256(data).digest()
print(whole)
for size in (1, 3, 55, 63, 64, 65, 100, 999, 1000, 5000):
    h = hashlib.sha256()
    for i in range(0, len(data), size):
        h.update(data[i : i + size])
    print(size, h.digest() == whole)
h = hashlib.sha256(data[:10])
h.update(b"")
h.update(data[10:500])
h.update(memoryview(data)[500:])
print(h.digest() == whole)
