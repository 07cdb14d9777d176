# Failing and erroring tests: the verdict after each name, then the report of errors (first)
# and failures with their tracebacks through unittest, and the FAILED summary.
import unittest


class Failing(unittest.TestCase):
    def test_equal(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    def test_fail(self):
        self.fail("told to fail")

    def test_ok(self):
        pass

    def test_plain_assert(self):
        assert 1 > 2, "plain assert"

    def test_true(self):
        self.assertTrue(0, "zero is false")


class Second(unittest.TestCase):
    def test_type_error(self):
        len(5)

    def test_in(self):
        self.assertIn("x", "abc")


if __name__ == "__main__":
    result = unittest.main()
    print(result)
    print(result.wasSuccessful(), result.failuresNum, result.errorsNum)
    for test, text in result.failures:
        print(test[0], len(text) > 0)
