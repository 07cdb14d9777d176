# sub's result has the subject's type; bad argument types raise TypeError.
import re
from _t import t

t(re.sub, "a", "o", b"banana")
t(re.sub, b"a", b"o", b"banana")
t(re.sub, "a", b"o", "banana")
t(re.sub, "a", 5, "banana")
t(re.sub, "z", 5, "banana")
t(re.sub, "a", "o", 5)
t(re.sub, "a", "o", bytearray(b"a"))
t(re.sub, 5, "o", "a")
t(re.sub, "a", "o", "banana", "1")
t(re.sub, "a", "o", "banana", 1.5)
t(re.sub, "a", "o")
t(re.sub, "a", "o", "b", 1, 2, 3)
