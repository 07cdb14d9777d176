# re: match.group(n) for every index incl. unmatched optional groups, bad index types and
# out-of-range numbers; match objects' repr counts groups
import re
def show(m, top):
    out = []
    for i in range(top):
        try:
            out.append(m.group(i))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(out)
show(re.match(r"(a)(b)?(c)?(d*)", "acdd"), 6)
show(re.search(r"x(y)?", "zzx"), 3)
show(re.match(r"", "abc"), 2)
show(re.match(r"((a)|(b))+", "abab"), 5)
show(re.match(r"(a|b)*", "abab"), 3)
show(re.search(r"(\d+)-(\d+)", "tel 12-345 x"), 4)
show(re.match(r"(?:x)(y)", "xy"), 3)
m = re.match("(a)", "a")
for bad in (-1, "1", 1.0, None, True, 2**40):
    try:
        print(repr(bad), repr(m.group(bad)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for p in ("a", "(a)", "(a)(b)", "((a))", "(?:a)", "(a)|(b)"):
    print(p, re.search(p, "ab"))
try:
    m.group(0, 1)
except Exception as e:
    print(type(e).__name__, e)
for big in (2**31 - 1, 2**31, -2**31):
    try:
        m.group(big)
    except Exception as e:
        print(type(e).__name__, e)
for args in ((2**40,), (0, 2**40)):
    try:
        print(re.compile("a").search("bab", *args))
    except Exception as e:
        print(type(e).__name__, e)
