# assertRaises as a context manager (keeps the exception) and with a function; a different
# exception passes through; assertWarns is a no-op context.
import unittest


class Raises(unittest.TestCase):
    def test_context(self):
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        print(" got", repr(cm.exception), cm.expected, end="")

    def test_subclass(self):
        with self.assertRaises(LookupError):
            [][1]

    def test_function(self):
        self.assertRaises(ZeroDivisionError, lambda a, b: a / b, 1, b=0)

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_function_not_raised(self):
        self.assertRaises(ValueError, int, "5")

    def test_other_exception(self):
        with self.assertRaises(TypeError):
            raise OSError(5)

    def test_function_other(self):
        self.assertRaises(TypeError, int, "x")

    def test_warns(self):
        with self.assertWarns(UserWarning):
            pass


if __name__ == "__main__":
    unittest.main()
