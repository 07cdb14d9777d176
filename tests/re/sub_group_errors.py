# A group number past the pattern's raises IndexError, only once a match needs it.
import re
from _t import t

t(re.sub, "(b)", r"\2", "abc")
t(re.sub, "b", r"\1", "abc")
t(re.sub, "b", r"\g<5>", "abc")
t(re.sub, "z", r"\9", "abc")
t(re.sub, "(a)(b)", r"\3", "ab")
t(re.sub, "b", r"\0", "abc")
