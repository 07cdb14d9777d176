# The empty pattern matches the empty string everywhere.
import re
from _t import t

t(re.match, "", "")
t(re.match, "", "abc")
t(re.search, "", "abc")
t(re.compile("").search, "abc", 2)
t(re.compile("").match, "abc", 3)
print(re.match("", "x"))
