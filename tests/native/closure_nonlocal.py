# oracle: unix, strip-native
import micropython


@micropython.native
def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n

    def peek():
        return n

    return step, peek


@micropython.native
def accumulate(items):
    total = 0
    seen = []

    def add(x):
        nonlocal total
        total += x
        seen.append(x)

    for i in items:
        add(i)
    return total, seen


step, peek = counter(10)
print(step(), step(5), peek())
s2, p2 = counter(0)
print(s2(), p2(), peek())
print(accumulate([1, 2, 3]))
