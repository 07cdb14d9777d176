# oracle: unix
# print()'s sep and end: empty, long and unicode strings, bytes, and wrong types (None too).
for sep in ("", " ", ", ", "\n", "--\t--", "\u20ac", "x" * 20):
    print(1, "two", 3.0, sep=sep)
for end in ("", "|\n", "\n\n", "\u00e9\n"):
    print("a", "b", end=end)
print()
print(sep="-")
print(end="")
print(end="only end\n")
print("one", sep="never used")
print(*range(5), sep="")
print(*"abc", sep="/", end=".\n")
print(*[], sep="x", end="!\n")
for kw in ({"sep": None}, {"end": None}, {"sep": 1}, {"end": 2}, {"sep": b"b"}, {"end": b"e"}, {"sep": ["x"]}, {"flush": True}, {"bogus": 1}):
    try:
        print("v", "w", **kw)
    except Exception as e:
        print(type(e).__name__, e)
