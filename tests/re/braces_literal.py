# No counted repetition: braces are ordinary characters.
import re
from _t import t

t(re.match, "a{2}", "aa")
t(re.match, "a{2}", "a{2}")
t(re.match, "a{1,3}", "a{1,3}x")
t(re.match, "{", "{")
t(re.match, "x{,}", "x{,}")
t(re.match, "a{2}*", "a{2}}}")
