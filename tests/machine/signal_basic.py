# oracle: unix
# Signal over a PinBase subclass: value(), on(), off() and calls go through the pin's value().
import machine


class P(machine.PinBase):
    def __init__(self):
        self.v = 0
        self.log = []

    def value(self, *a):
        self.log.append(a)
        if not a:
            return self.v
        self.v = a[0]
        return 99


p = P()
s = machine.Signal(p)
print(s, type(s).__name__, isinstance(s, machine.Signal))
print(s.value())
s.on()
print(p.v)
print(s.value())
s.off()
print(p.v)
print(s.value(1), p.v)
print(s.value([]), p.v)
print(s(), s(5), p.v)
print(p.log)
