# math.isclose: default tolerances, rel_tol/abs_tol keywords, infinities, NaN and bad arguments
import math
cases = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (0.0, 0.0), (-0.0, 0.0),
         (1e300, 1.0000000001e300), (float("inf"), float("inf")), (float("inf"), float("-inf")),
         (float("nan"), float("nan")), (1, 1), (True, 1.0), (2**60, 2**60 + 1)]
for a, b in cases:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-5), math.isclose(a, b, abs_tol=1e-9))
print(math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1.0, 1.1, rel_tol=0.09), math.isclose(100, 90, rel_tol=0.1))
print(math.isclose(0, 0.05, abs_tol=0.05), math.isclose(0, 0.051, abs_tol=0.05))
for kw in ({"rel_tol": -1.0}, {"abs_tol": -1.0}, {"rel_tol": 0}, {"bad": 1}):
    try:
        print(kw, math.isclose(1.0, 1.0, **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
for args in ((1.0,), (1.0, 2.0, 3.0), ("a", 1.0), (1.0, None)):
    try:
        print(args, math.isclose(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
