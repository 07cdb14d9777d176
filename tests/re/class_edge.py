# Class corner cases of re1.5: a leading ] closes the class, escapes inside classes.
import re
from _t import t

# "[]a]" is an empty class followed by "a]".
t(re.search, "[]a]", "a]")
t(re.search, "[]a]", "]")
t(re.match, r"[\]]+", "]]x")
t(re.match, r"[a\-z]+", "a-z-m")
# A range may end in an escaped character's backslash: [a-\] is a..\ then "]".
t(re.search, r"[a-\]]", "\\]")
t(re.match, r"[\n]", "n")
t(re.match, r"[\n]", "\n")
t(re.match, r"[\.]", ".")
t(re.match, "[\t ]+", " \t x")
