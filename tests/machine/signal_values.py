# oracle: unix
# A pin's value() is read as a machine word and handed back as a C int: non-0/1 values pass
# through (xor 1 when inverted), large ones keep their low 32 bits, non-ints are errors.
import machine


class P(machine.PinBase):
    def __init__(self, v):
        self.v = v

    def value(self, *a):
        return self.v


def t(v):
    p = P(v)
    try:
        print(repr(v), machine.Signal(p).value(), machine.Signal(p, invert=1).value())
    except Exception as e:
        print(repr(v), type(e).__name__, e)


for v in (0, 1, 5, -1, True, False, 2**31, 2**32 + 3, 2**40, -(2**33) - 2, 2**62, 2**70, -(2**70)):
    t(v)
for v in ("a", None, 1.0, b"1", [1]):
    t(v)
