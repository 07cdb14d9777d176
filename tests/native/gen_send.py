# oracle: unix, strip-native
import micropython


@micropython.native
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


@micropython.native
def echo():
    try:
        while True:
            got = yield
            print("echo", got)
    except GeneratorExit:
        print("closing")


g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.args)

e = echo()
next(e)
e.send("a")
e.send(2)
e.close()
print("closed")
