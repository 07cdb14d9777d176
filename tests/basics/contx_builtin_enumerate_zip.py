# enumerate, zip, map and filter: lengths, starts, laziness, exhaustion and errors
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], 3)), list(enumerate("ab", -(2**30))), list(enumerate("a", start=2**30)))
try:
    enumerate("a", 2**70)
except OverflowError as e:
    print("OverflowError", e)
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5), (9, 8, 7))), list(zip([], "abc")), dict(zip("xy", (1, 2))))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz")), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, ())))
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), log, list(m))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
e = enumerate(iter("xyz"))
print(next(e), next(e), list(e))
for src in ("enumerate(5)", "zip(1, 2)", "map(abs)", "filter(None)", "list(map(len, [1]))", "enumerate('a', 1.5)", "enumerate('a', start='x')", "next(enumerate(''))"):
    try:
        print(src, eval(src))
    except Exception as e2:
        print(src, type(e2).__name__, e2)
print(list(enumerate("abc", 2**30 - 1)), list(enumerate("abc", 2**31 - 2)), list(enumerate("ab", -(2**30) - 1)))
