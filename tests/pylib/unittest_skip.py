# skip, skipIf, skipUnless and skipTest: " skipped: reason", counted in the OK summary.
import sys
import unittest


class Skips(unittest.TestCase):
    @unittest.skip("always")
    def test_a(self):
        print("never")

    @unittest.skipIf(sys.byteorder == "little", "little endian")
    def test_b(self):
        print("big endian only")

    @unittest.skipIf(False, "not skipped")
    def test_c(self):
        pass

    @unittest.skipUnless(hasattr(sys, "no_such_attr"), "needs no_such_attr")
    def test_d(self):
        pass

    @unittest.skipUnless(True, "kept")
    def test_e(self):
        pass

    def test_f(self):
        self.skipTest("decided at run time")
        print("never")


if __name__ == "__main__":
    result = unittest.main()
    print(result.skippedNum, result.skipped)
