# unittest.main with a module object and a runner class; module-level test functions run too.
import unittest

calls = []


def test_function():
    calls.append("test_function")


def test_failing_function():
    assert "helper" not in calls, "calls: %r" % calls


def helper():
    calls.append("helper")


class Case(unittest.TestCase):
    def test_method(self):
        calls.append("test_method")


class Runner(unittest.TestRunner):
    def run(self, suite):
        print("custom runner for", suite.name)
        return super().run(suite)


import __main__

result = unittest.main(__main__, testRunner=Runner)
print(result, calls)
result = unittest.main("__main__", Runner())
print(result.testsRun)
