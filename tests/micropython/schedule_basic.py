import micropython
events = []
def cb(arg):
    events.append(arg)
micropython.schedule(cb, "first")
micropython.schedule(cb, "second")
total = 0
for i in range(50):
    total += i
print(total, events)
def nested(arg):
    events.append("nested %d" % arg)
    if arg < 2:
        micropython.schedule(nested, arg + 1)
micropython.schedule(nested, 0)
for i in range(100):
    total += 1
print(events)
