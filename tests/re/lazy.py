# Non-greedy *? +? ?? take as little as the rest of the pattern allows.
import re
from _t import t

t(re.match, "a*?", "aaa")
t(re.match, "a+?", "aaa")
t(re.match, "a??", "aaa")
t(re.match, "<.*>", "<a><b>")
t(re.match, "<.*?>", "<a><b>")
t(re.match, "(a+?)(a*)", "aaaa")
t(re.match, "(a*?)b", "aaab")
t(re.search, "(a??)a", "aa")
t(re.match, "(.+?),(.*)", "x,y,z")
t(re.match, "(a)??b", "ab")
