# % formatting with * widths/precisions and mapping arguments
print("[%*d]" % (5, 42), "[%-*d]" % (5, 42), "[%.*f]" % (2, 3.14159), "[%*.*f]" % (9, 3, 2.5))
print("[%*s]" % (-6, "ab"), "[%.*s]" % (1, "xyz"), "[%*x]" % (0, 255))
d = {"a": 1, "b": "two", "c": 3.5, "": "empty", "x y": 9}
for fmt in ["%(a)d", "%(b)s", "%(c).2f", "%(a)05d|%(b)-6s|", "%()s", "%(x y)s", "%(a)s%%", "%(b)r", "%(a)x %(a)o"]:
    print(repr(fmt % d))
for fmt, arg in [("%(z)s", d), ("%(a)s %d", d), ("%(a", d), ("%(a)s", (1,)), ("%s %s", (1,)),
                 ("%s", (1, 2)), ("%d", "x"), ("%y", 1), ("%", 1), ("%*d", ("a", 1)), ("%*d", (1,)),
                 ("%.*d", (2.0, 1)), ("%(a)*d", d), ("%d", [1]), ("%x", 1.5), ("%o", 2.0), ("%i", 3.9),
                 ("abc", 1), ("abc", ()), ("abc", {}), ("%s", ()), ("%d%%", 5), ("%5%", ())]:
    try:
        print(repr(fmt), repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % [1, 2], "%s" % {"k": 1}, "%s" % ((1, 2),), "%r" % ((),))
print(b"%s|%d|%x|%c" % (b"ab", 5, 255, 65), b"%5s|%-5s|" % (b"x", b"y"))
