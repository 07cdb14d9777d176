# iteration, reversed, enumerate, zip and membership over str/bytes/bytearray
for seq in ["", "abc", "\u00e9\u4e2d\U0001F600", b"\x00\xff", bytearray(b"xyz")]:
    it = iter(seq)
    print(repr(seq), list(it), list(it), list(reversed(seq)), list(enumerate(seq)), list(zip(seq, range(9))))
h = "hello, w\u00f6rld"
for n in ["", "h", "lo, ", "\u00f6", "w\u00f6r", "xyz", "hello, w\u00f6rld!", "D"]:
    print(repr(n), n in h, n not in h)
for bad in [1, None, b"h", ["h"]]:
    try:
        print(bad in h)
    except Exception as e:
        print(type(e).__name__, e)
hb = b"hello"
for n in [b"", b"ell", 104, 0, bytearray(b"lo"), memoryview(b"he")]:
    try:
        print(repr(n), n in hb, n in bytearray(hb))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
it = iter("ab")
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([c * 2 for c in "xyz"], {c: ord(c) for c in "ab"}, set("aab") == {"a", "b"}, max(b"abc"), sum(b"\x01\x02"))
