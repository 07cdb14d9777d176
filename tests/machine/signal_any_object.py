# oracle: skip
# expected: by reasoning (upy extension: the unix port crashes on a Signal over an object
# without the pin protocol; upy reads and writes it through its value() method as it does
# PinBase subclasses)
import machine


class Led:
    def __init__(self):
        self.state = 0

    def value(self, *a):
        if a:
            self.state = a[0]
        return self.state


led = Led()
s = machine.Signal(led, invert=True)
print(s.value())
s.on()
print(led.state, s.value())
s.off()
print(led.state, s.value())
try:
    machine.Signal(42).value()
except AttributeError as e:
    print("AttributeError", e)
