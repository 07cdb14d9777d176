# match is anchored at the start, search tries each position from the left.
import re
from _t import t

for pat in ("b", "a", "ab", "b+", "c|b", ""):
    for s in ("abc", "bbb", "", "cab"):
        print(pat, s, re.match(pat, s) is not None, re.search(pat, s) is not None)
t(re.search, "b+", "abbbc")
t(re.match, "a*", "bbb")
t(re.search, "a*", "bbba")
