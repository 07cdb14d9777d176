for obj in ([1, 2], (3,), "ab", b"\x01", {"k": 0}, {7}, range(2), bytearray(b"z")):
    it = iter(obj)
    print(type(obj).__name__, next(it), iter(it) is it)
it = iter([])
print(next(it, "empty"))
e = enumerate("xy")
print(iter(e) is e, next(e))
z = zip("a", "b")
print(iter(z) is z, list(z))
