# str/bytes comparisons: ordering by code points/bytes, mixed types, chains
words = ["", "a", "A", "ab", "b", "\u00e9", "e\u0301", "\u4e2d", "\uffff", "\U0001F600", "a\x00", "Z", "~"]
for a in words:
    print(repr(a), "".join("<" if a < b else ">" if a > b else "=" for b in words),
          "".join("1" if a <= b else "0" for b in words), "".join("1" if a >= b else "0" for b in words))
print(sorted(words))
print(sorted([b"b", b"", b"a\xff", b"a", b"\x00", bytearray(b"ab")]))
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"" < bytearray(b"\x00"), bytearray(b"b") >= b"b")
for a, b in [("a", 1), ("a", None), (b"a", 1), ("a", ["a"]), (b"a", [1])]:
    for op in ["<", "<=", ">", ">="]:
        try:
            print(repr(a), op, repr(b), eval("a " + op + " b"))
        except Exception as e:
            print(repr(a), op, repr(b), type(e).__name__, e)
print("a" < "b" < "c", "a" < "c" < "b", min("hello"), max("hello"), max(["x", "xy"]))
# code-point order across the BMP/astral boundary and around lone surrogates
cps = [0x41, 0xe9, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]
for a in cps:
    print(hex(a), "".join("<" if chr(a) < chr(b) else ">" if chr(a) > chr(b) else "=" for b in cps),
          "".join("<" if "x" + chr(a) + "y" < "x" + chr(b) else ">" if "x" + chr(a) + "y" > "x" + chr(b) else "=" for b in cps))
print(sorted(chr(c) + "a" for c in reversed(cps)) == [chr(c) + "a" for c in cps])
