# isspace/isalpha/isdigit/isupper/islower on ASCII, control and non-ASCII characters
samples = ["", " ", "\t\n", "\x0b\x0c\r", "\x1c", "\x85", "\xa0", "\u3000", "a", "Z", "aZ", "5", "\u0660", "\u00b2",
           "\u00e9", "\u00c9", "\u4e2d", "ab1", "AB", "ab", "A b", "a1B", "_", "1.5", "-1", "\U0001F600", "Ab\u00e9", "\x00"]
for s in samples:
    print(repr(s), s.isspace(), s.isalpha(), s.isdigit(), s.isupper(), s.islower())
for s in [b"", b" \t", b"abc", b"ABC", b"123", b"a1", b"\xe9", b"\x85\xa0"]:
    print(s, s.isspace(), s.isalpha(), s.isdigit(), s.isupper(), s.islower())
for m in ["isalnum", "isdecimal", "isnumeric", "isidentifier", "isprintable", "isascii", "istitle"]:
    print(m, hasattr("", m))
