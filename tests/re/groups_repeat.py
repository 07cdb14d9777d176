# A group inside a repetition keeps what its last pass matched.
import re
from _t import t

t(re.match, "(a|b)*", "abba")
t(re.match, "(\\w)+", "xyz")
t(re.match, "(a|b)*c", "ababc")
t(re.match, "((a)|(b))+", "ab")
t(re.match, "((a)|(b))+", "ba")
t(re.match, "(?:(a)|b)+", "ab")
t(re.match, "(x)*y", "y")
t(re.match, "(a+)+b", "aaab")
