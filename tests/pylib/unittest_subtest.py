# subTest: a failing subtest is reported with its message and parameters, the test goes on,
# and its verdict becomes FAIL.
import unittest


class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_message(self):
        with self.subTest("named case", size=3, kind="box"):
            self.assertTrue(False)
        with self.subTest("fine"):
            self.assertTrue(True)
        print(" (after subtests)", end="")

    def test_all_pass(self):
        for x in "ab":
            with self.subTest(x=x):
                self.assertIn(x, "abc")

    def test_error_inside(self):
        with self.subTest(step=1):
            int("x")


if __name__ == "__main__":
    result = unittest.main()
    print(result.failuresNum, result.errorsNum, result.testsRun)
