# A callable replacement gets the match object and returns str or bytes.
import re
from _t import t

t(re.sub, "\\d+", lambda m: str(int(m.group(0)) * 2), "a1b22c333")
t(re.sub, "(\\w)(\\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world")
t(re.sub, "b", lambda m: b"B", "abc")
t(re.sub, "b", lambda m: "\\1", "abc")
seen = []
def f(m):
    seen.append(m.group(0))
    return "<" + m.group(0) + ">"
t(re.sub, "[aeiou]", f, "education", 3)
print(seen)
class Repl:
    def __call__(self, m):
        return "R"
t(re.sub, "a", Repl(), "banana")
t(re.compile("a").sub, len, "aa")
