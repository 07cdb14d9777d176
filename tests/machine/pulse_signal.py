# oracle: unix
# time_pulse_us reads through a Signal too (inverted: a low pulse on the pin is a high one).
import machine


class Seq(machine.PinBase):
    def __init__(self, levels):
        self.levels = levels
        self.reads = 0

    def value(self, *a):
        self.reads += 1
        return self.levels[min(self.reads, len(self.levels)) - 1]


p = Seq([1, 1, 0, 0, 1])
s = machine.Signal(p, invert=True)
print(machine.time_pulse_us(s, 1, 1000000) >= 0, p.reads)
p = Seq([0])
print(machine.time_pulse_us(machine.Signal(p, invert=True), 1, 1000), p.reads > 1)
print(machine.time_pulse_us(machine.Signal(p, invert=True), 0, 1000), p.reads > 1)
