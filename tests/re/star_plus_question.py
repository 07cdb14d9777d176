# Greedy repetition: *, + and ?.
import re
from _t import t

t(re.match, "a*", "aaab")
t(re.match, "a*", "b")
t(re.match, "a+", "aaab")
t(re.match, "a+", "b")
t(re.match, "ab?c", "ac")
t(re.match, "ab?c", "abc")
t(re.match, "ab?c", "abbc")
t(re.match, "a*b*c*", "aabbbcd")
t(re.match, "(ab)*", "ababa")
t(re.match, "(ab)+c", "ababc")
t(re.match, "(ab)?ab", "ab")
t(re.match, "x*x*x", "xxx")
