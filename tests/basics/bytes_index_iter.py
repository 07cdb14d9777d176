b = b"\x00\x7f\x80\xff"
print([x for x in b], b[1], b[-1], type(b[0]).__name__)
print(b[1:3], b[:0], b[10:], len(b[::1]))
print(list(reversed(b)), sum(b), max(b), min(b), sorted(b"cab"))
print(b"a" * 3, 2 * b"xy", b"" * 10, b"ab" + bytearray(b"cd"))
for i, v in enumerate(b"hi"):
    print(i, v, chr(v))
print(b"ab" < b"b", b"abc" > b"ab", b"" == b"", b"A"[0] == 65)
