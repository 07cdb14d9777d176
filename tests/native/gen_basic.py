# oracle: unix, strip-native
import micropython


@micropython.native
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


@micropython.native
def evens(limit):
    for v in count_up(limit):
        if v % 2 == 0:
            yield v * 10


@micropython.native
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = count_up(3)
print(next(g), next(g), next(g), next(g, "end"))
print(list(evens(9)))
f = fib()
print([next(f) for _ in range(12)])
print(sum(count_up(101)), tuple(count_up(0)))
