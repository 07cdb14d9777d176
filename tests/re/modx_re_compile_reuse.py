# re: compiled pattern objects: reuse across subjects, str vs bytes subjects, bad types
import re
p = re.compile(r"(\w+)@(\w+)")
for subj in ("me@host", "  me@host", "nohost", "", "a@b c@d", "é@ü"):
    m = p.match(subj)
    s = p.search(subj)
    print(repr(subj), m and (m.group(1), m.group(2)), s and (s.group(1), s.group(2)))
b = re.compile(b"(x+)")
print(b.search(b"aaxxxb").group(1), b.sub(b"-", b"xaxx"), re.compile(b"x+").split(b"axbxxc"))
try:
    b.split(b"axb")
except Exception as e:
    print(type(e).__name__, e)
for f, arg in ((b.search, "str subject"), (p.search, b"me@host"), (p.match, 5), (p.sub, None)):
    try:
        print(f(arg) if f is not p.sub else p.sub("x", arg))
    except Exception as e:
        print(type(e).__name__, e)
q = re.compile("")
print(q.match("abc").group(0) == "", q.search("").group(0) == "")
for bad in (5, None, ["a"]):
    try:
        re.compile(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(type(p).__name__, type(p.match("a@b")).__name__)
ps = [re.compile(s) for s in ("a", "b", "a")]
print([x.match("a") is not None for x in ps])
