# replace with counts, empty patterns, unicode; bytes replace
texts = ["", "a", "aaa", "abab", "\u00e9\u00e9x", "x\U0001F600x"]
for t in texts:
    for old, new in [("a", "b"), ("", "-"), ("aa", "a"), ("a", ""), ("\u00e9", "e"), ("x", "\U0001F601"), ("ab", "ba")]:
        if old == "" and any(ord(c) > 127 for c in t):
            continue  # MicroPython inserts between UTF-8 bytes here
        print(repr(t), repr(old), repr(new), [t.replace(old, new, n) for n in (-5, -1, 0, 1, 2, 10)], t.replace(old, new))
print(b"abab".replace(b"a", b"XY"), b"".replace(b"", b"z"), bytearray(b"aa").replace(b"a", b"b", 1))
for bad in [(1, "a"), ("a", 1), ("a", "b", "c"), ("a", "b", 1.0)]:
    try:
        print("aa".replace(*bad))
    except Exception as e:
        print(type(e).__name__, e)
