# oracle: unix
# What a mem object is not: callable, sized, iterable, constructible, sliceable.
import machine


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: machine.mem32["a"])
t(lambda: machine.mem32[1.5])
t(lambda: machine.mem32[None])
t(lambda: machine.mem8[0:2])
t(lambda: len(machine.mem8))
t(lambda: machine.mem8.foo)
t(lambda: iter(machine.mem8))
t(lambda: machine.mem8(1))
t(lambda: type(machine.mem8)())
t(lambda: machine.mem8 == machine.mem8)
t(lambda: machine.mem8 == machine.mem16)
t(lambda: repr(machine.mem16))


def delete():
    del machine.mem8[0]


t(delete)
