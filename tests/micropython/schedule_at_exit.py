# oracle: unix
# A callback still scheduled when the program ends runs, only one, before the traceback of an
# uncaught exception is printed.
import micropython


def cb(x):
    print("cb", x)


micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print("end")
raise ValueError("after")
