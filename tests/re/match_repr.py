# repr of a match counts its groups including group 0; the types are named re and match.
import re

print(re.match("a", "a"))
print(re.match("(a)(b)", "ab"))
print(re.match("(a)|(b)|(c)", "c"))
print(re.match("(?:a)", "a"))
print(re.compile("(((a)))").match("a"))
print(type(re.match("a", "a")))
print(type(re.compile("a")))
print(type(re.match("a", "a")).__name__, type(re.compile("a")).__name__)
print(repr(re.compile("a")).startswith("<re "))
print(str(re.match("x", "x")))
