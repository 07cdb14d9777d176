# oracle: unix
# A Signal is itself a pin: Signal(Signal(pin)) inverts twice.
import machine


class P(machine.PinBase):
    def __init__(self):
        self.v = 0
        self.writes = []

    def value(self, v=None):
        if v is None:
            return self.v
        self.writes.append(v)
        self.v = int(v)


p = P()
inner = machine.Signal(p, invert=True)
outer = machine.Signal(inner, invert=True)
same = machine.Signal(inner)
print(outer.value(), same.value())
outer.on()
print(p.v, inner.value(), outer.value(), same.value())
same.on()
print(p.v, inner.value(), outer.value(), same.value())
outer(0)
print(p.v, p.writes)
deep = p
for i in range(5):
    deep = machine.Signal(deep, invert=i % 2)
p.v = 1
print(deep.value())
deep.on()
print(p.v)
