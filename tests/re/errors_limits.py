# re1.5 stores jump offsets, class sizes and group slots in signed bytes: patterns that
# need more raise "regex too complex".
import re

def ok(p):
    try:
        re.compile(p)
        return "ok"
    except ValueError as e:
        return str(e)

for n in (62, 63, 64, 70):
    print("groups", n, ok("(" * n + ")" * n), ok("(a)" * n))
for n in (127, 128, 200):
    print("class", n, ok("[" + "a" * n + "]"))
for n in (55, 58, 59, 60, 61, 62, 63, 70, 125, 126, 127):
    print("star", n, ok("(" + "a" * n + ")*"), "plus", ok("(?:" + "b" * n + ")+"),
          "alt", ok("a" * n + "|b"), "opt", ok("(?:" + "c" * n + ")?"))
print(ok("|".join(["ab"] * 40)))
print(ok("|".join(["ab"] * 80)))
