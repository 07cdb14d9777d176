# math: frexp/ldexp/modf round trips at the edges: zeros, subnormals, huge exponents, ints
import math
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e-310, 5e-324, 1.7976931348623157e308, 2.0**-1074, 123456789.0, -0.1, 7, True, 2**70):
    m, e = math.frexp(v)
    print(repr(v), repr(m), e, math.ldexp(m, e) == v)
for m, e in ((1.0, 1024), (1.0, 1023), (0.5, 1025), (1.0, -1074), (1.0, -1075), (1.0, -1080), (0.0, 100000), (-1.0, 2000), (3, 2), (1.5, -1), (1.0, 0), (1.0, True)):
    try:
        print(m, e, repr(math.ldexp(m, e)))
    except Exception as ex:
        print(m, e, type(ex).__name__, ex)
for bad in ((1.0, 1.5), (1.0, "2"), ("1", 2), (1.0, 2**40), (1.0, -2**40), (0.0, 2**31)):
    try:
        print(math.ldexp(*bad))
    except Exception as ex:
        print(bad, type(ex).__name__, ex)
for v in (0.0, -0.0, 1.5, -1.5, 2.0, -2.0, 1e300, 0.1, 5, -7, 1e-320):
    f, i = math.modf(v)
    print(repr(v), repr(f), repr(i))
