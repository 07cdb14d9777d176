# Argument counts and types of the module functions and methods.
import re
from _t import t

t(re.compile)
t(re.compile, "a", 0, 0)
t(re.compile, 5)
t(re.compile, None)
t(re.match, "a")
t(re.match, "a", "a", 0, 0, 0)
t(re.match, "a", 5)
t(re.search, "a", None)
t(re.match, 5, "a")
r = re.compile("a")
t(r.match)
t(r.search, "a", 0, 1, 2)
t(r.split)
t(r.sub, "x")
t(lambda: r.match(string="a"))
t(lambda: re.match("a", "a", pos=0))
