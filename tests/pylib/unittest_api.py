# The names unittest provides, and those of TestCase and TestResult.
import unittest


def public(names):
    return sorted(n for n in names if not n.startswith("__"))


print(public(dir(unittest)))
print(public(dir(unittest.TestCase)))
print(public(dir(unittest.TestResult())))
print(issubclass(unittest.SkipTest, Exception), unittest.__name__)
r = unittest.TestResult()
print(r.errorsNum, r.failuresNum, r.skippedNum, r.testsRun, r.errors, r.failures, r.skipped)
