# unittest.main() on this script: passing tests of one class, run in dir() order, and the result.
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_compare(self):
        self.assertLessEqual(1, 2)
        self.assertGreaterEqual(3, 3)
        self.assertNotEqual(1, 2)

    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIsNone(None)
        self.assertIsNotNone(0)

    def test_identity(self):
        x = []
        self.assertIs(x, x)
        self.assertIsNot(x, [])
        self.assertIn(3, [1, 2, 3])
        self.assertIsInstance(x, list)

    def helper(self):
        raise RuntimeError("not a test")

    test_value = 5  # not callable: passed over


if __name__ == "__main__":
    result = unittest.main()
    print(result)
    print(result.wasSuccessful(), result.testsRun, result.errors, result.failures)
