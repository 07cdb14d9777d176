# Compiled split cuts the subject at each match.
import re
from _t import t

r = re.compile(" *, *")
t(r.split, "a, b ,c,d")
t(r.split, ",a,")
t(r.split, "")
t(r.split, "no commas")
t(re.compile("x").split, "axbxxc")
t(re.compile("[0-9]+").split, "a1b22c333")
t(re.compile("\\s+").split, "  leading and trailing  ")
