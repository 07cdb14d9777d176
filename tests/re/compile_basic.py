# re.compile gives a reusable object whose match/search run the pattern.
import re
from _t import t

r = re.compile("abc")
print(type(r))
t(r.match, "abcdef")
t(r.match, "xabc")
t(r.search, "xxabcxx")
t(r.search, "ab")
print(r.match("abc") is not None, r.search("zzz") is None)
# The flags argument is accepted and ignored.
t(lambda: re.compile("a", 0).match("a"))
t(lambda: re.compile("a", 12345).match("a"))
t(lambda: re.compile("a", "junk").match("a"))
# Compiling the same pattern twice gives distinct objects.
print(re.compile("x") is re.compile("x"))
