# chr/ord over code-point boundaries and their errors
for cp in [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10fffe, 0x10ffff]:
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, len(c.encode()), repr(c))
for bad in [-1, 0x110000, 2**31, 2**64, 1.5, "a", None]:
    try:
        print(chr(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["", "ab", "\u00e9\u00e9", b"", b"ab", 5, None, bytearray(b"z")]:
    try:
        print(ord(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"\xff"), ord(b"a"), ord("\U0001F600"), [ord(c) for c in "a\u00e9\u4e2d\U0001F600"])
print("".join(chr(i) for i in range(32, 127)))
print(sum(len(chr(i).encode()) for i in range(0, 0x3000, 7)))
