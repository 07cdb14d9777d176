# oracle: unix
# A PinBase subclass without value(), and PinBase's own instance, fail when read or written.
import machine


class N(machine.PinBase):
    pass


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: machine.Signal(N()).value())
t(lambda: machine.Signal(N()).on())
t(lambda: machine.Signal(N(), invert=True).off())
t(lambda: machine.Signal(machine.PinBase()).value())


class R(machine.PinBase):
    def value(self, *a):
        raise OSError(5)


t(lambda: machine.Signal(R()).value())
t(lambda: machine.Signal(R()).on())
