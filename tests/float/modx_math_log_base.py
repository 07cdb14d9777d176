# math.log with a base argument, log2/log10 exactness at powers, and their error cases
import math
for x in (1, 2, 8, 10, 100, 1000, 1024, 0.5, 1e-10, 2**60, 3**40, 10**30):
    print(x, "%.12g" % math.log(x), "%.12g" % math.log(x, 2), "%.12g" % math.log(x, 10), math.log2(x) if x != 3**40 else 0, "%.12g" % math.log10(x))
for x, b in ((8, 2), (81, 3), (1, 5), (5, 1), (0, 2), (2, 0), (-1, 2), (2, -1), (100, 0.1), (2, 1.0), (1, 1), (0.5, 0.5)):
    try:
        print(x, b, "%.12g" % math.log(x, b))
    except Exception as e:
        print(x, b, type(e).__name__, e)
for args in ((), (1, 2, 3), ("a",), (1, "b")):
    try:
        print(math.log(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
