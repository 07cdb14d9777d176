# The pattern and the template are read as C strings: they end at the first NUL.
# The subject is not cut.
import re
from _t import t

t(re.match, "a\x00b", "ac")
t(re.match, "a\x00(", "a")
t(re.search, "b", "a\x00b")
t(re.sub, "b", "X\x00Y", "abc")
t(re.sub, "\x00", "N", "a\x00b")
t(re.compile("\x00").split, "a\x00b")
