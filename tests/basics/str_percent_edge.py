print("%s" % "single", "%s %s" % ("a", "b"), "%%d" % (), "%5s|%-5s|" % ("ab", "cd"))
print("%r" % [1, "a"], "%s" % [1, "a"], "%d%%" % 50)
print("%i %u" % (3, 4) if False else "%i" % 3)
print("%c" % 0x41, "%c" % "z", "%.1s" % "xyz")
print("%-6.2f|%6.2f|" % (1.2345, -1.2345))
print("%(a)s-%(b)d-%(a)r" % {"a": "A", "b": 2})
try:
    "%z" % 1
except ValueError as e:
    print("ValueError", e)
try:
    "%(x)s" % (1,)
except TypeError as e:
    print("TypeError", e)
