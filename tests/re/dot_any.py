# '.' matches any single byte, newline included.
import re
from _t import t

t(re.match, ".", "\n")
t(re.match, "a.c", "a\nc")
t(re.match, "...", "ab")
t(re.search, "a.+", "xa\nyz")
t(re.match, ".", "")
t(re.search, ".$", "end\n")
t(re.match, r"\.", ".")
t(re.match, r"\.", "x")
