# oracle: unix
# Calling an instance of a Signal subclass runs Signal's own call (the native base's slot).
import machine


class Pin(machine.PinBase):
    def __init__(self):
        self.v = 0

    def value(self, v=None):
        if v is None:
            return 42 + self.v
        self.v = v


class MySignal(machine.Signal):
    pass


p = Pin()
s = MySignal(p)
print(s())
s(1)
print(p.v, s())
print(MySignal(p, invert=True)())
