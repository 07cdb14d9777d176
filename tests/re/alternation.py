# Alternation is leftmost-first: the first alternative that lets the whole pattern
# match wins, not the longest.
import re
from _t import t

t(re.match, "a|ab", "ab")
t(re.match, "ab|a", "ab")
t(re.match, "(a|ab)(c|bcd)(d*)", "abcd")
t(re.search, "cat|dog|bird", "hotdog")
t(re.match, "a|b|c|d", "d")
t(re.match, "|a", "a")
t(re.match, "a|", "b")
t(re.match, "x(a|b|)y", "xy")
t(re.search, "^a|b$", "cab")
t(re.search, "^(a|b)$", "b")
