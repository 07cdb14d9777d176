# Character classes: single characters and ranges.
import re
from _t import t

t(re.match, "[abc]+", "cabbage")
t(re.match, "[a-c]+", "cabbage")
t(re.match, "[a-cx-z0-9]+", "ax9yb3z!")
t(re.search, "[A-Z][a-z]+", "hello World")
t(re.match, "[z-a]", "m")
t(re.match, "[a-a]+", "aab")
t(re.match, "[-a]+", "-a-b")
t(re.match, "[a-]+", "a--b")
t(re.match, "[.]", "x")
t(re.match, "[.*+?]+", "*.+?x")
t(re.match, "[(|)]+", "|()x")
