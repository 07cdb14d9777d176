print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (65, "B"), "%%", "100%%" % ())
print("%s and %s" % ("a", [1, 2]), "%s" % (1,), "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*s|" % (6, 7, 4, "ab"))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError", e)
