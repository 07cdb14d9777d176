# oracle: unix
# Errors from the pin's value() and from the arguments reach the caller.
import machine


class Seq(machine.PinBase):
    def __init__(self, levels):
        self.levels = levels
        self.reads = 0

    def value(self, *a):
        self.reads += 1
        return self.levels[min(self.reads, len(self.levels)) - 1]


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: machine.time_pulse_us(Seq(["a"]), 0, 1000))
t(lambda: machine.time_pulse_us(Seq([1.5]), 0, 1000))
t(lambda: machine.time_pulse_us(Seq([None]), 0, 1000))
t(lambda: machine.time_pulse_us(Seq([0, 2**70]), 0, 1000))
t(lambda: machine.time_pulse_us(Seq([0]), 0, "x"))
t(lambda: machine.time_pulse_us(Seq([0]), 0, 1.0))
t(lambda: machine.time_pulse_us(Seq([0])))
t(lambda: machine.time_pulse_us(Seq([0]), 1, 2, 3))
t(lambda: machine.time_pulse_us(pin=Seq([0]), pulse_level=1))


class Boom(machine.PinBase):
    def value(self, *a):
        raise ValueError("boom")


t(lambda: machine.time_pulse_us(Boom(), 1, 1000))
