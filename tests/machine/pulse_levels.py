# oracle: unix
# The level argument is a truth value; pin values compare as ints (True is 1).
import machine


class Seq(machine.PinBase):
    def __init__(self, levels):
        self.levels = levels
        self.reads = 0

    def value(self, *a):
        self.reads += 1
        return self.levels[min(self.reads, len(self.levels)) - 1]


for level in (True, 2, "x", [1], 0.5):
    p = Seq([0, True, 0])
    print(repr(level), machine.time_pulse_us(p, level, 100000) >= 0, p.reads)
for level in (False, 0, "", [], None):
    p = Seq([1, False, 1])
    print(repr(level), machine.time_pulse_us(p, level, 100000) >= 0, p.reads)
p = Seq([0, 1])
print(machine.time_pulse_us(p, 1, 0), p.reads)
p = Seq([1])
print(machine.time_pulse_us(p, 1, 0), p.reads)
