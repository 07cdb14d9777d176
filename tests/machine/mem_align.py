# oracle: unix
# Misaligned addresses are refused before memory is touched; the address prints as 8 hex digits
# (its low 32 bits).
import machine


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: machine.mem16[1])
t(lambda: machine.mem16[0x4001])
t(lambda: machine.mem32[2])
t(lambda: machine.mem32[3])
t(lambda: machine.mem32[0x12345677])
t(lambda: machine.mem32[-2])
t(lambda: machine.mem32[-1])
t(lambda: machine.mem32[(1 << 40) | 3])
t(lambda: machine.mem32[True])
t(lambda: machine.mem16[0xFFFFFFFF])


def store16():
    machine.mem16[3] = 1


def store32():
    machine.mem32[0x20000001] = "not even an int"


t(store16)
t(store32)
