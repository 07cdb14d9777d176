# sub replaces every match, or the first count matches.
import re
from _t import t

t(re.sub, "a", "o", "banana")
t(re.sub, "a", "o", "banana", 0)
t(re.sub, "a", "o", "banana", 1)
t(re.sub, "a", "o", "banana", 2)
t(re.sub, "a", "o", "banana", -1)
t(re.sub, "a", "o", "banana", 1, 99)
t(re.sub, "x", "o", "banana")
t(re.sub, "[aeiou]+", "", "education")
t(re.sub, "\\s+", " ", "  lots   of\n\tspace ")
t(re.sub, "a", "o", "")
r = re.compile("n")
t(r.sub, "N", "banana")
t(r.sub, "N", "banana", 1)
s = "unchanged"
print(re.sub("z", "y", s) is s)
