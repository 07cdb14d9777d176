# repr of every control char, quotes, backslashes, non-ASCII, and bytes escapes
print([repr(chr(i)) for i in range(0, 0x21)])
print([repr(chr(i)) for i in range(0x7e, 0xa2)])
for s in ["'", '"', "'\"", "\\", "a'b", 'a"b', "\u00ad", "\u2028", "\ufeff", "\ufffe", "\U0001F600", "\U000e0001", "\U0010ffff", "\u0300", "\u200b"]:
    print(repr(s), repr(repr(s)), len(repr(s)))
print(repr(bytes(range(0, 256))))
print(repr(bytearray(b"'\"\\\x7f\x80")), repr(b"'"), repr(b'"'), repr(b"'\""))
print(str(b"x\n"), str(bytearray(b"\xff")), "%r" % b"\t", "{!r}".format("\x1b"))
print(repr("\x00" * 3))
