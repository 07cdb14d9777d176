# oracle: unix
# A callback still scheduled when the program ends normally runs (one; the others are dropped),
# before the sys.atexit function.
import micropython
import sys


def cb(x):
    print("cb", x)
    micropython.schedule(cb, x + 1)


sys.atexit(lambda: print("atexit"))
micropython.schedule(cb, 1)
print("end")
