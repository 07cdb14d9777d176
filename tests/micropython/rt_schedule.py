# oracle: unix (the WebAssembly build writes a callback's exception with CRLF line ends)
# micropython.schedule: a queue of 4, one callback per safe point (each jump), the scheduler
# locked while a callback runs, an exception in a callback printed and swallowed.
import micropython

out = []


def cb(x):
    out.append(x)


n = 0
try:
    micropython.schedule(cb, 0)
    micropython.schedule(cb, 1)
    micropython.schedule(cb, 2)
    micropython.schedule(cb, 3)
    micropython.schedule(cb, 4)
except RuntimeError as e:
    print(e)
print(out)
for i in range(5):
    pass
print(out)
out.clear()
micropython.schedule(cb, "a")
micropython.schedule(cb, "b")
micropython.schedule(cb, "c")
print(out)
if n:
    pass
print(out)
x = 1 if n else 2
print(out)
print(len(out) and out)
for i in range(5):
    pass
print(out)


def outer(x):
    micropython.schedule(cb, "inner")
    for i in range(5):
        pass
    out.append("outer done")


out.clear()
micropython.schedule(outer, 0)
for i in range(5):
    pass
print(out)


print("end")


# Last, as the exceptions go to stderr: each prints as an uncaught one would, the program goes on.
def bad(x):
    raise ValueError(x)


micropython.schedule(bad, 5)
micropython.schedule(1, 2)
for i in range(3):
    pass
