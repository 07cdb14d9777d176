# characters outside the BMP: len, index, slice, iterate, search, split, replace, encode
s = "a\U0001F600b\U0001F601\U0001F602c"
print(len(s), [ord(c) for c in s], s[1] == "\U0001F600", s[-2] == "\U0001F602")
print(s[1:3], s[-3:], s[4:100], s[-100:2], s[3:3])
print(s.find("\U0001F601"), s.rfind("c"), s.index("b"), s.count("\U0001F600"), "\U0001F602" in s)
print(s.split("\U0001F601"), s.partition("b"), s.replace("\U0001F600", "X"), s.replace("b", "\U0001F603"))
print(s.encode(), len(s.encode()), s.encode().decode() == s)
print([c for c in s], "".join(reversed(s)) == "".join(list(s)[::-1]), sorted(s))
print(s.upper(), s.startswith("a\U0001F600"), s.endswith("\U0001F602c"), s.strip("ac"), s.lstrip("a\U0001F600"))
print("{:>6}|{:^8}|{:.4}".format("\U0001F600", "\U0001F600", "\U0001F600\U0001F601"))
print("%s|%5s|%-5s|%c" % (s[1], s[1], s[1], 0x1F600))
print(repr("\U0001F600"), ascii if False else "", "\U0001F600" * 3, len("\U0001F600" * 3))
print(s.center(20), hash(s) == hash("a" + s[1:]), {s[1]: 1}["\U0001F600"])
for i in range(-len(s), len(s)):
    print(i, repr(s[i]), s.find(s[i]), s[i:i + 2])
