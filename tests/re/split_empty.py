# MicroPython stops splitting at the first empty match.
import re
from _t import t

t(re.compile("").split, "abc")
t(re.compile("x*").split, "axbc")
t(re.compile("x*").split, "xxa")
t(re.compile("b|").split, "abcbd")
t(re.compile("|b").split, "abcbd")
t(re.compile("b*").split, "bbabb")
t(re.compile("$").split, "abc")
t(re.compile("^").split, "abc")
