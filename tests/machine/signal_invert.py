# oracle: unix
# invert= flips both reads and writes (any truthy value inverts).
import machine


class P(machine.PinBase):
    def __init__(self):
        self.v = 0

    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v


p = P()
s = machine.Signal(p, invert=True)
print(s.value())
s.on()
print(p.v, s.value())
s.off()
print(p.v, s.value())
s(7)
print(p.v)
s.value(0)
print(p.v)
for inv in (0, 1, [], [1], "", "x", None):
    p.v = 1
    print(repr(inv), machine.Signal(p, invert=inv).value())
