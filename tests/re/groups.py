# Capturing groups: numbered from 1 by their opening parenthesis.
import re
from _t import t

t(re.match, "(a)(b)(c)", "abc")
t(re.match, "((a)(b))c", "abc")
t(re.match, "(a(b(c)))", "abc")
t(re.match, "(a)|(b)", "b")
t(re.match, "(a)(x)?(b)", "ab")
t(re.match, "()", "")
t(re.match, "(a*)(b*)", "bb")
m = re.match("(\\w+) (\\w+)", "hello world!")
print(m.group(0), m.group(1), m.group(2))
print(m.group(True), m.group(False))
