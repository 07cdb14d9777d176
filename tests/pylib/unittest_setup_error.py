# An exception in setUp is not caught by unittest: it ends the run with a traceback through
# the runner (after the test's name, a partial line).
# exit: 1
import unittest


class Broken(unittest.TestCase):
    def setUp(self):
        raise OSError("no fixture")

    def test_never(self):
        print("never")


unittest.main()
