# Compiled match/search take byte offsets pos and endpos; ^ still means offset 0 and $
# means endpos.
import re
from _t import t

r = re.compile("a")
t(r.match, "banana", 1)
t(r.match, "banana", 2)
t(r.search, "banana", 2)
t(r.search, "banana", 6)
t(r.search, "banana", 100)
t(r.search, "banana", -5)
t(r.search, "banana", 0, 1)
t(r.search, "banana", 3, 2)
t(re.compile("^a").search, "banana", 1)
t(re.compile("n$").search, "banana", 0, 3)
t(re.compile("a$").search, "banana", 0, 100)
t(re.compile(".*").match, "banana", 2, 4)
t(r.match, "banana", "1")
t(r.match, "banana", 1.0)
