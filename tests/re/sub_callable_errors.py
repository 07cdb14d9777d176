# The callable's result must be str or bytes; exceptions it raises propagate.
import re
from _t import t

t(re.sub, "a", lambda m: 5, "banana")
t(re.sub, "a", lambda m: None, "banana")
t(re.sub, "a", lambda m: m, "banana")
def boom(m):
    raise KeyError("boom")
t(re.sub, "a", boom, "banana")
t(re.sub, "z", boom, "banana")
t(re.sub, "a", lambda: "x", "banana")
