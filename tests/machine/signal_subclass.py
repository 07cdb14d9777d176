# oracle: unix
# Python subclasses of Signal and of a PinBase subclass.
import machine


class P(machine.PinBase):
    def __init__(self):
        self.v = 1

    def value(self, *a):
        if a:
            self.v = a[0]
        return self.v


class Q(P):
    def value(self, *a):
        r = super().value(*a)
        print("Q.value", a)
        return r


class S2(machine.Signal):
    pass


p = P()
print(S2(p).value(), isinstance(S2(p), machine.Signal))
q = Q()
s = machine.Signal(q, invert=True)
print(s.value())
s.on()
print(q.v)
