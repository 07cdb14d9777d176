# upper/lower on ASCII and non-ASCII text (MicroPython maps ASCII letters only)
for s in ["", "abc", "ABC", "aBc1!", "\u00e9\u00c9", "stra\u00dfe", "\u0131I", "\u4e2dx", "\U0001F600a", "\u03a3\u03c3"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), s.upper() == s.lower().upper())
print(b"aBc\xe9".upper(), bytearray(b"XyZ").lower(), type(bytearray(b"a").upper()).__name__)
try:
    print("a".upper(1))
except Exception as e:
    print(type(e).__name__, e)
