# Errors escaping tearDown, a cleanup, setUpClass and tearDownClass: each ends its run, shown
# here by catching what the runner lets through.
import sys
import unittest


class TearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown")

    def test_a(self):
        pass


class Cleanup(unittest.TestCase):
    def test_a(self):
        self.addCleanup(lambda: 1 // 0)


class SetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise KeyError("setUpClass")

    def test_a(self):
        pass


class TearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise IndexError("tearDownClass")

    def test_a(self):
        pass


for case in (TearDown, Cleanup, SetUpClass, TearDownClass):
    suite = unittest.TestSuite("s")
    suite.addTest(case)
    try:
        unittest.TestRunner().run(suite)
    except Exception as e:
        print()
        sys.print_exception(e)
print("done")
