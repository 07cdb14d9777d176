import unittest

import shapes


class Area(unittest.TestCase):
    def test_square(self):
        self.assertEqual(shapes.area(3, 3), 9)

    def test_wrong(self):
        self.assertEqual(shapes.area(2, 5), 12)

    @unittest.skip("later")
    def test_later(self):
        pass


def test_module_level():
    assert shapes.area(0, 4) == 0
