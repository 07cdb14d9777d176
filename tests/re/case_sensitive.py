# Matching is case-sensitive; there are no flags to change that.
import re
from _t import t

t(re.match, "abc", "ABC")
t(re.match, "[a-z]+", "abcDEF")
t(re.match, "[A-Za-z]+", "abcDEF1")
print(hasattr(re, "I"), hasattr(re, "IGNORECASE"))
t(lambda: re.compile("abc", 2).match("abc"))
