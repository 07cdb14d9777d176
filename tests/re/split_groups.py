# oracle: allow-errors
# Splitting with capturing groups is not implemented (raised at the first non-empty
# match); non-capturing groups are fine.
import re
from _t import t

t(re.compile("(,)").split, "a,b")
t(re.compile("(,)").split, "ab")
t(re.compile("(x*)").split, "ab")
t(re.compile("(?:,|;)").split, "a,b;c")
try:
    re.compile("(a)").split("bab")
except NotImplementedError as e:
    print("NotImplementedError", e)
