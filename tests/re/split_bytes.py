# split keeps the subject's type; the pattern may be str or bytes either way.
import re
from _t import t

t(re.compile(b",").split, b"a,b,c")
t(re.compile(",").split, b"a,b,c")
t(re.compile(b",").split, "a,b,c")
t(re.compile(b"\\d").split, b"a1b2c3")
t(re.compile(b",").split, bytearray(b"a,b"))
t(re.compile(b",").split, 5)
t(re.compile(b",").split)
