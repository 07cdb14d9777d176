vals = [1, -2.5, "s", "it's", 'q"', b"b", [1, "a"], (1,), {"k": "v"}, None, True, {1}, range(2)]
for v in vals:
    print(repr(v), str(v))
print(repr(repr("x")), str(str("x")), str(), repr(""))
print(str(b"abc", "utf-8"), str(123), str([]))
print(repr("\\"), repr("\n"), repr("é"), repr("\x7f"))
