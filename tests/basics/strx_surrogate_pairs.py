# surrogate code points are characters of their own: "\ud83d\ude00" is two characters (six
# UTF-8 bytes), not the one astral character "\U0001F600"
t = "\ud83d\ude00"
s = "\U0001F600"
print(len(t), repr(t), [hex(ord(c)) for c in t], t.encode(), len(s), t == s, t != s, t < s, t > s)
print(repr(t[0]), repr(t[1]), repr(t[-1]), repr(t[0:1]), repr(t[1:]), t.find("\ude00"), t.index("\ud83d"), t.count("\ud83d"))
u = chr(0xd83d) + chr(0xde00)
print(len(u), u == t, repr(u), hash(u) == hash(t), u.encode() == t.encode(), hash(t) == hash(s))
r = "".join(reversed("\udfff\ud800"))
print(len(r), repr(r), r.encode())
b = b"\xed\xa0\xbd\xed\xb8\x80".decode()
print(len(b), repr(b), b == t, str(b"\xed\xa0\xbd\xed\xb8\x80", "utf8") == t, bytes(t, "utf-8"), bytearray(t, "utf8"))
x = "a\ud800\udc00b"
print(len(x), repr(x), x.split("\ud800"), x.partition("\udc00"), repr(x.replace("\ud800", "-")), repr(x[1:3]), repr(x.upper()))
print(sorted(["\ud800", "\ue000", "\U00010000", "\uffff", "\udc00", "z", "\ud7ff"]))
print(repr("%s|%r|%5s|" % (t, t, "\ud800")), repr("{}|{!r}|{:>8}|{:^9}".format(t, t, t, "\ud800")), repr(f"{t}|{t!r}"))
print([repr(c) for c in t], list(map(ord, x)), {t: 1}[chr(0xd83d) + chr(0xde00)], t in {s}, s in {t})
print(repr("\udbff\udfff"), len("\udbff\udfff"), repr("\U0010ffff"), len("\U0010ffff"), "\udbff\udfff" == "\U0010ffff")
print(repr(chr(0xd800) * 3), len(chr(0xd800) * 3), repr("\ud800".center(7)), len("\ud800".center(7)))
print(t.startswith("\ud83d"), t.endswith("\ude00"), "\ud83d" in t, "\ude00\ud83d" in t + t, (t + t).count(t))
print("\ud800".isspace(), "\ud800".isalpha(), "\ud800".upper() == "\ud800", repr(max("a\ud800\ue000")), repr(min(t)))
for cp in [0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000]:
    c = chr(cp)
    print(hex(cp), len(c), hex(ord(c)), c.encode(), c.encode().decode() == c, repr(c), repr(c + c), len(c + chr(0xdc00)))
pairs = [chr(h) + chr(l) for h in (0xd800, 0xdbff) for l in (0xdc00, 0xdfff)]
print([len(p) for p in pairs], [p.encode() for p in pairs], [p == chr(0x10000) for p in pairs])
import io, json
f = io.StringIO()
f.write(t)
f.write("\udfff")
print(repr(f.getvalue()), len(f.getvalue()))
j = json.loads('"\\ud83d\\ude00|\\ud800"')
print(repr(j), len(j), j[:2] == t)
