# match.group takes exactly one int; a number out of range is an IndexError.
import re
from _t import t

m = re.match("(a)(b)?", "a")
t(m.group, 0)
t(m.group, 1)
t(m.group, 2)
t(m.group, 3)
t(m.group, -1)
t(m.group, "1")
t(m.group, 1.0)
t(m.group, None)
t(m.group)
t(m.group, 0, 1)
t(m.group, True)
t(m.group, 2 ** 70)
