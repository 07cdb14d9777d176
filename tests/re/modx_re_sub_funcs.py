# re.sub with functions (return values of every type, raising), count, \g<n> and \n templates
import re
print(re.sub(r"\d", lambda m: str(int(m.group(0)) * 2), "a1b2c3"))
print(re.sub(r"(\w)(\d)", lambda m: m.group(2) + m.group(1), "a1 b2 c3", 2))
print(re.sub(r"x*", lambda m: "-", "abc"))
print(re.sub(r"(a)|(b)", lambda m: "A" if m.group(1) else "B", "abcab"))
for ret in (None, 5, b"x", ["l"], "", "long" * 3):
    try:
        print(repr(ret), repr(re.sub("a", lambda m: ret, "bab")))
    except Exception as e:
        print(repr(ret), type(e).__name__, e)
def boom(m):
    raise KeyError("inside")
try:
    re.sub("a", boom, "a")
except KeyError as e:
    print("KeyError", e)
print(repr(re.sub("a", boom, "zzz")))
for tpl in (r"\g<1>", r"\g<0>", r"\1\1", r"[\2]", r"\g<2>x", r"\\", r"\n", r"\t", r"\x", r"\g<9>", r"\g<a>", r"\g<", r"\9", r"\0", r"\g<01>", r"\12", "\\"):
    try:
        print(repr(tpl), repr(re.sub(r"(b)(c)", tpl, "abcd")))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
for cnt in (0, 1, 2, 10, -1):
    print(cnt, re.sub("a", "X", "aaaa", cnt))
try:
    print(re.sub("a", "X", "aaa", count=1))
except Exception as e:
    print(type(e).__name__, e)
print(re.compile("o").sub("0", "foo boo"), re.compile("(o+)").sub(r"<\1>", "foo boo", 1))
print(re.sub(b"a", b"\\g<0>\\g<0>", b"cab"), re.sub(b"(a)", lambda m: m.group(1).upper(), b"aba"))
