# oracle: unix
# Signal's constructor takes exactly one pin and at most `invert=`; anything else is a bare
# TypeError. Its call and methods check their argument counts.
import machine


class P(machine.PinBase):
    def value(self, *a):
        return 1


p = P()


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))


t(lambda: machine.Signal())
t(lambda: machine.Signal(pin=p))
t(lambda: machine.Signal(p, p))
t(lambda: machine.Signal(p, True))
t(lambda: machine.Signal(p, inv=1))
t(lambda: machine.Signal(p, invert=1, x=1))
s = machine.Signal(p)
t(lambda: s.value(1, 2))
t(lambda: s(1, 2))
t(lambda: s(x=1))
t(lambda: s.on(1))
t(lambda: s.off(1))
t(lambda: s.foo)
t(lambda: repr(s))
t(lambda: str(s))
