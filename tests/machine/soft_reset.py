# oracle: unix
# On the unix port soft_reset() ends the program: it raises SystemExit with its argument.
import machine


def t(*a):
    try:
        machine.soft_reset(*a)
    except SystemExit as e:
        print("SystemExit", e.args)


t()
t(0)
t(3)
t("x")
try:
    machine.soft_reset(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    machine.soft_reset(code=1)
except TypeError as e:
    print("TypeError", e)
print("before")
machine.soft_reset(4)
print("not reached")
# exit: 4
