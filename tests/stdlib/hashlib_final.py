# digest() finalises the hash: a second digest() or a later update() is an error.
import hashlib

h = hashlib.sha256(b"abc")
d = h.digest()
print(d)
for f in (h.digest, lambda: h.update(b"x"), lambda: h.update(5), h.digest):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
h2 = hashlib.sha256()
h2.update(b"abc")
print(h2.digest() == d)
