# indexing, iteration, membership and count/find on bytes and bytearray
for b in [b"", b"a", b"\x00\xff\x80", bytearray(b"hello"), b"aXa"]:
    print(b, list(b), [b[i] for i in range(-len(b), len(b))], len(b))
    for i in [len(b), -len(b) - 1, 2**40]:
        try:
            print(b[i])
        except Exception as e:
            print(type(e).__name__, e)
h = b"hello world"
for needle in [b"o", b"", b"xyz", 111, 0, b"wor", bytearray(b"ld")]:
    try:
        print(repr(needle), needle in h, h.find(needle), h.rfind(needle), h.count(needle))
    except Exception as e:
        print(repr(needle), type(e).__name__, e)
for bad in [256, -1, "o", 1.0, None]:
    try:
        print(bad in h)
    except Exception as e:
        print(type(e).__name__, e)
print(h.index(b"o", 5), h.rindex(b"o"), h.find(b"o", -3), h.count(b"l", 3, 9))
try:
    h.index(b"z")
except ValueError as e:
    print("ValueError", e)
