# oracle: unix
# PinBase: an abstract base whose own instance is a singleton; subclasses provide value().
import machine

b = machine.PinBase()
print(b, type(b), b is machine.PinBase())
print(machine.PinBase(1, 2, x=3) is b)


class P(machine.PinBase):
    def __init__(self, v=0):
        self.v = v

    def value(self, *a):
        if not a:
            return self.v
        self.v = a[0]


p = P(1)
print(type(p), isinstance(p, machine.PinBase), P.__bases__)
print(p.value())
p.value(0)
print(p.v)
try:
    machine.PinBase.value
except AttributeError as e:
    print("AttributeError", e)
