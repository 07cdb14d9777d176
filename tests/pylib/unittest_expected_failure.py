# expectedFailure: a test that raises passes; one that returns fails with "unexpected success".
import unittest


class Expected(unittest.TestCase):
    @unittest.expectedFailure
    def test_broken(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_raises(self):
        raise ValueError("expected")

    @unittest.expectedFailure
    def test_works(self):
        pass


if __name__ == "__main__":
    unittest.main()
