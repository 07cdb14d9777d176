# oracle: unix, strip-native
import micropython


@micropython.native
def stats(values):
    total = sum(v for v in values)
    squares = sum(v * v for v in values if v > 0)
    biggest = max(abs(v) for v in values)
    return total, squares, biggest


@micropython.native
def lazy(n):
    g = (i * i for i in range(n))
    first = next(g)
    rest = list(g)
    return first, rest


@micropython.native
def pipeline(words):
    lengths = (len(w) for w in words)
    big = (n for n in lengths if n > 2)
    return sorted(big)


print(stats([3, -4, 5, 0]))
print(lazy(5))
print(pipeline(["a", "abc", "hello", "xy", "four"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 2]))
