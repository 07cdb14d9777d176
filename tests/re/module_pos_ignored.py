# The module-level functions take pos/endpos arguments but ignore them for a pattern
# string; given a compiled pattern they behave like its methods.
import re
from _t import t

t(re.match, "a", "banana", 1)
t(re.search, "a", "banana", 2, 3)
t(re.match, "a", "banana", "junk")
r = re.compile("a")
t(re.match, r, "banana", 1)
t(re.search, r, "banana", 0, 1)
t(re.sub, r, "o", "banana")
t(re.compile, r)
