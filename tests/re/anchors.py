# ^ matches only at the start of the subject, $ only at its very end (no newline rules).
import re
from _t import t

t(re.search, "^a", "ba")
t(re.search, "^b", "a\nb")
t(re.search, "a$", "a\n")
t(re.search, "a$", "ba")
t(re.search, "^$", "")
t(re.search, "$", "abc")
t(re.search, "^^a$$", "a")
t(re.search, "a$b", "ab")
t(re.search, "a^", "a")
t(re.search, "(^a|b)+", "ab")
t(re.match, "a*$", "aaa")
t(re.match, "a*$", "aab")
