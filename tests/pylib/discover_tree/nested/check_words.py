import unittest

import words


class Shout(unittest.TestCase):
    def test_shout(self):
        self.assertEqual(words.shout("hi"), "HI!")

    def test_empty(self):
        self.assertEqual(words.shout(""), "!")
