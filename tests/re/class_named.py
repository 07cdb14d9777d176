# \d \w \s and their negations, alone and inside classes.
import re
from _t import t

t(re.search, r"\d+", "abc123def")
t(re.search, r"\D+", "123abc456")
t(re.search, r"\w+", "  foo_bar9!  ")
t(re.search, r"\W+", "foo, bar")
t(re.search, r"\s+", "a \t\r\n\x0b\x0cb")
t(re.search, r"\S+", "   xyz   ")
t(re.match, r"[\d,]+", "1,2,3;4")
t(re.match, r"[\s\d]+", " 1 2 x")
t(re.match, r"[^\s\d]+", "ab c")
t(re.match, r"[\w.-]+", "a.b-c_d@e")
t(re.match, r"[\D]+", "ab1")
t(re.match, r"[\d-z]+", "1-z-2a")
