# TestSuite and TestRunner by hand: named suites, nested suites, several classes, results added.
import unittest


class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("a", "b")


class B(unittest.TestCase):
    def test_three(self):
        pass


inner = unittest.TestSuite("inner")
inner.addTest(B)
outer = unittest.TestSuite("outer")
outer.addTest(A)
outer.addTest(inner)
runner = unittest.TextTestRunner()
r1 = runner.run(outer)
print(repr(r1), r1.wasSuccessful())

plain = unittest.TestSuite()
plain.addTest(B)
r2 = unittest.TestRunner().run(plain)
print(r2, r2.wasSuccessful())

total = unittest.TestResult()
total += r1
total += r2
print(total, total.failuresNum, len(total.failures), total.skippedNum)
print(unittest.TestResult() is not None, unittest.TextTestRunner is unittest.TestRunner)
