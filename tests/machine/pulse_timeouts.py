# oracle: unix
# time_pulse_us over a pin written in Python: -2 when the pulse never starts, -1 when it never
# ends, otherwise a duration (printed only as >= 0: it depends on the machine's speed).
import machine


class Seq(machine.PinBase):
    def __init__(self, levels):
        self.levels = levels
        self.reads = 0

    def value(self, *a):
        self.reads += 1
        return self.levels[min(self.reads, len(self.levels)) - 1]


print(machine.time_pulse_us(Seq([1]), 1, 1000))
print(machine.time_pulse_us(Seq([0]), 1, 1000))
print(machine.time_pulse_us(Seq([0, 1]), 1, 1000))
print(machine.time_pulse_us(Seq([1]), 0, 500))
print(machine.time_pulse_us(Seq([5, 0]), 1, 1000))
print(machine.time_pulse_us(Seq([2]), 1, 1000))
p = Seq([0, 0, 1, 1, 1, 0])
print(machine.time_pulse_us(p, 1, 1000000) >= 0, p.reads)
p = Seq([1, 1, 0, 0, 1])
print(machine.time_pulse_us(p, 0, 1000000) >= 0, p.reads)
p = Seq([1, 0])
print(machine.time_pulse_us(p, 1, 1000000) >= 0, p.reads)
