# hashing and equality of str/bytes/bytearray, as dict keys and set members
vals = ["", "a", "ab", "\u00e9", "\U0001F600", b"", b"a", b"ab"]
for v in vals:
    print(repr(v), hash(v) == hash(v[:]), hash(v) == hash(type(v)(v) if isinstance(v, bytes) else "" + v))
print(hash("a") == hash(b"a"), hash("") == hash(b""), hash("abc") == hash(b"abc"))
d = {"a": 1, b"a": 2, "\u00e9": 3}
print(d["a"], d[b"a"], d["\u00e9"], len(d), "a" in d, b"a" in d, "b" in d)
s = {"x", b"x", "x", b"x", "y"}
print(len(s), "x" in s, b"x" in s)
try:
    hash(bytearray(b"a"))
except Exception as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except Exception as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(S("ab") == "ab", hash(S("ab")) == hash("ab"), {S("k"): 1}["k"])
print(len({str(i): i for i in range(50)}), sum(1 for i in range(200) if hash(str(i)) == hash(str(i))))
