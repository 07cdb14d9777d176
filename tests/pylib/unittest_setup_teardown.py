# setUpClass/tearDownClass around a class, setUp/tearDown around each test (also when it
# fails), cleanups after tearDown in reverse order.
import unittest

log = []


class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp")
        self.items = [1, 2]

    def tearDown(self):
        log.append("tearDown")

    def test_append(self):
        self.items.append(3)
        self.assertEqual(self.items, [1, 2, 3])

    def test_fresh(self):
        self.assertEqual(self.items, [1, 2])

    def test_fails(self):
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(lambda *a, **k: log.append(("cleanup 2", a, k)), 5, key=6)
        self.assertEqual(self.items, [])


if __name__ == "__main__":
    unittest.main()
    for entry in log:
        print(entry)
