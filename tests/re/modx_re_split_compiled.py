# re: compiled split: maxsplit values, groups in the pattern, leading/trailing and empty
# matches, bytes, errors
import re
def t(p, s, *n):
    try:
        print(repr(p), repr(s), n, re.compile(p).split(s, *n))
    except Exception as e:
        print(repr(p), repr(s), n, type(e).__name__, e)
for n in (0, 1, 2, 3, 4, 10, -1):
    t(r"\d+", "a1b22c333d", n)
    t(r"(\d+)", "a1b22c333d", n)
t(",", ",a,,b,")
t(",+", ",a,,b,")
t("(,)", ",x,")
t(r"\s+", "  lead and trail  ")
t("x", "x")
t("x", "")
t("(a)(b)?", "cabdaf")
t("[;:]", "k:v;w")
t("[;:]", "k:v;w", 1)
t("", "abc")
t("x*", "axb")
t(b",", b"a,b")
t(",", None)
t(",", 5)
t(",", "a,b", "1")
t(",", "a,b", 1.0)
try:
    print(re.compile(",").split("a,b", maxsplit=1))
except Exception as e:
    print(type(e).__name__, e)
