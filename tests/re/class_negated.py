# [^...] matches any byte not listed.
import re
from _t import t

t(re.match, "[^abc]+", "xyzabc")
t(re.match, "[^a-z]+", "ABC123def")
t(re.match, "[^a]", "")
t(re.match, "[^]", "q")
t(re.match, "[^]+", "any\nthing")
t(re.search, "[^ ]+", "   word  ")
t(re.match, "[^^]+", "ab^c")
t(re.match, "[a^]+", "a^a^b")
