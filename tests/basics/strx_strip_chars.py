# strip/lstrip/rstrip with default whitespace and explicit char sets
texts = ["", "   ", " a ", "\t\n\r\x0b\x0c a b \x0c\n", "xxaxx", "abcba", "\u00e9a\u00e9", "\u3000x\u3000", "\x1c\x1dq\x1e\x1f", "\x85y\xa0"]
for t in texts:
    for chars in ["", "x", "ab", "\u00e9", " \t", "abcx"]:
        print(repr(t), repr(chars), repr(t.strip(chars)), repr(t.lstrip(chars)), repr(t.rstrip(chars)))
for t in [b"  b  ", b"xxbyy", bytearray(b"\tq\n")]:
    print(t.strip(), t.lstrip(b"x"), t.rstrip(b"y\n"), t.strip(b""))
for bad in [None, 1, b"x", ["a"]]:
    try:
        print("xax".strip(bad))
    except Exception as e:
        print(type(e).__name__, e)
