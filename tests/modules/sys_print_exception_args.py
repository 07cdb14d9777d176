# sys.print_exception: the file is checked to be a stream first; a non-exception prints as its
# repr on a line.
import sys, io

sys.print_exception(1)
sys.print_exception(ValueError)
sys.print_exception("abc")
for args in ((ValueError(1), 1), (1, 1), (Exception, "x")):
    try:
        sys.print_exception(*args)
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO()
sys.print_exception(5, s)
sys.print_exception(KeyError("k"), s)
print(repr(s.getvalue()))


class W:
    def write(self, x):
        print("W", x)


try:
    sys.print_exception(ValueError(2), W())
except Exception as e:
    print(type(e).__name__, e)

