# escape sequences in str and bytes literals
print([ord(c) for c in "\a\b\f\n\r\t\v\\\'\"\0\7\77\101\1010"])
print(repr("\x41\x7e\u0041\u00e9\U00000041\U0001F600"))
print(repr("\q\w\%\{"), repr("a\
b"), len("\
"))
print(repr(b"\x41\u0041\U00000041\q"), len(b"\u1234"), repr(b"\0\7\377"))
print(repr(r"\n\t\x41"), repr(rb"\n\x41"), repr(br"\\"), repr(r"\u00e9"))
for src in ["R'x'", "B'x'", "U'x'", "F'x'", "u'x'", "ub'x'", "bu'x'", "rf'x'", "fr'x'"]:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
print(repr("""a
b\
c"""), repr('''x'y"z'''))
print(repr("\1234"), repr("\400"), repr("\x7f\x80"), len("\U0010ffff"))
for src in ['"\\x4"', '"\\u12"', '"\\U1234567"', '"\\U00110000"', 'b"\\x1"', '"\\N{DASH}"', 'b"\\xff\\u"']:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
