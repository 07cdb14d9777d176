# maxsplit limits the number of cuts; zero or a negative number means no limit.
import re
from _t import t

r = re.compile(",")
for n in (-2, -1, 0, 1, 2, 3, 4, 10):
    t(r.split, "a,b,c,d", n)
t(r.split, "a,b", "1")
t(r.split, "a,b", 1.5)
t(r.split, "a,b", True)
