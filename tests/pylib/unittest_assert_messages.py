# Every assert method's failure: the AssertionError message and where the traceback points
# (the line inside unittest where micropython-lib raises it).
import sys
import unittest

t = unittest.TestCase()
cases = [
    ("fail", lambda: t.fail("m")),
    ("assertEqual", lambda: t.assertEqual(1, 2)),
    ("assertNotEqual", lambda: t.assertNotEqual("a", "a")),
    ("assertLessEqual", lambda: t.assertLessEqual(2, 1)),
    ("assertGreaterEqual", lambda: t.assertGreaterEqual(1, 2)),
    ("assertIs", lambda: t.assertIs(1, None)),
    ("assertIsNot", lambda: t.assertIsNot(None, None)),
    ("assertIsNone", lambda: t.assertIsNone(1)),
    ("assertIsNotNone", lambda: t.assertIsNotNone(None)),
    ("assertTrue", lambda: t.assertTrue(0)),
    ("assertFalse", lambda: t.assertFalse([0])),
    ("assertIn", lambda: t.assertIn(1, ())),
    ("assertIsInstance", lambda: t.assertIsInstance(1, str)),
    ("assertRaises", lambda: t.assertRaises(ValueError, lambda: 1)),
    ("assertRaises other", lambda: t.assertRaises(ValueError, lambda: 1 // 0)),
    ("skipTest", lambda: t.skipTest("r")),
    ("skip", lambda: unittest.skip("r")(lambda s: 1)(t)),
    ("expectedFailure", lambda: unittest.expectedFailure(lambda: 1)()),
    ("missing", lambda: t.assertNotIn(1, [1])),
]
for name, f in cases:
    try:
        f()
        print(name, "passed")
    except Exception as e:
        print("==", name, type(e).__name__, e.args)
        sys.print_exception(e)
print("done")
