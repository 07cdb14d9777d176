# (?:...) groups without capturing; other (? forms are errors.
import re
from _t import t

t(re.match, "(?:ab)+", "ababx")
t(re.match, "(?:a|b)(c)", "bc")
t(re.match, "(?:)", "x")
t(re.match, "(?:(a)(?:b))+", "abab")
t(re.compile, "(?=a)")
t(re.compile, "(?!a)")
t(re.compile, "(?P<n>a)")
t(re.compile, "(?i)a")
t(re.compile, "(?")
t(re.compile, "(?:")
