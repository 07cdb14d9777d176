# assertAlmostEqual / assertNotAlmostEqual: places (default 7), delta, and both at once.
import sys
import unittest

t = unittest.TestCase()


def check(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)


check(t.assertAlmostEqual, 1.0, 1.00000001)
check(t.assertAlmostEqual, 1.0, 1.1)
check(t.assertAlmostEqual, 1.0, 1.1, places=0)
check(t.assertAlmostEqual, 1.0, 1.04, 1)
check(t.assertAlmostEqual, 10, 12, delta=2)
check(t.assertAlmostEqual, 10, 13, delta=2)
check(t.assertAlmostEqual, 10, 13, delta=2, msg="custom")
check(t.assertAlmostEqual, 5, 5, places=1, delta=1)
check(t.assertAlmostEqual, 5, 6, places=1, delta=1)
check(t.assertNotAlmostEqual, 1.0, 1.1)
check(t.assertNotAlmostEqual, 1.0, 1.00000001)
check(t.assertNotAlmostEqual, 3, 3)
check(t.assertNotAlmostEqual, 10, 13, delta=2)
check(t.assertNotAlmostEqual, 10, 11, delta=2)
check(t.assertNotAlmostEqual, 1, 2, places=1, delta=1)
try:
    t.assertAlmostEqual(0.5, 0.25, places=1)
except AssertionError as e:
    sys.print_exception(e)
print("done")
