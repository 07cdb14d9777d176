print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{a}-{b}".format(a=1, b=2))
print("{{literal}} {}".format(3))
print("{!r} {!s}".format("q", "q"))
print("{:d}{:s}".format(7, "z"), "{0}{0}{1}".format("ab", 3))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
