# A backslash before anything but d w s D W S makes that byte literal: \n is "n".
import re
from _t import t

t(re.match, r"\n", "n")
t(re.match, r"\n", "\n")
t(re.match, "\n", "\n")
t(re.match, r"\t\r", "tr")
t(re.match, r"\*\+\?", "*+?")
t(re.match, r"\(\)", "()")
t(re.match, r"\\", "\\")
t(re.match, r"\[a]", "[a]")
t(re.match, r"\^\$", "^$")
t(re.match, r"\|", "|")
t(re.match, r"\1", "1")
t(re.compile, "\\")
t(re.compile, "ab\\")
