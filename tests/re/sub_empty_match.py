# MicroPython's sub stops at the first empty match.
import re
from _t import t

t(re.sub, "x*", "-", "abc")
t(re.sub, "", "-", "abc")
t(re.sub, "b*", "-", "bbabb")
t(re.sub, "b*", "-", "abb")
t(re.sub, "a|", "-", "aab")
t(re.sub, "$", "!", "abc")
t(re.sub, "a?", "-", "aab")
