# A msg argument replaces the default message (an empty one keeps the default for most).
import unittest


class Messages(unittest.TestCase):
    def test_equal_msg(self):
        self.assertEqual(1, 2, "one is not two")

    def test_equal_empty_msg(self):
        self.assertEqual(1, 2, "")

    def test_less_equal_msg(self):
        self.assertLessEqual(3, 1, "too big")

    def test_less_equal_empty(self):
        self.assertLessEqual(3, 1, "")

    def test_is_none_msg(self):
        self.assertIsNone("x", msg="should be None")

    def test_instance_msg(self):
        self.assertIsInstance(1, str, "wanted str")


if __name__ == "__main__":
    unittest.main()
