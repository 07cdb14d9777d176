# min and max: iterables, several args, key, default, ties and errors
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"), min((2.5, 2, 3)), max(range(-5, 3)), min({3: 0, 1: 0}))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([True, 1]), min([0, False, 0.0]), max(-0.0, 0.0), min(0.0, -0.0))
words = ["bb", "a", "ccc", "dd", "e"]
print(max(words, key=len), min(words, key=len), max(*words, key=len), min(words, key=lambda w: w[-1]))
print(min([], default=9), max((), default=None), min([4], default=9), max([2, 8], key=lambda x: -x, default=0))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "a"), (1, "z"), (1, "b")]), max(2**70, 2**70 + 1, -3))
for src in ("min([])", "max(())", "min()", "max(1)", "min(1, 'a')", "max([1, None])", "min([], key=len)", "max(1, 2, default=0)", "min(1, 2, foo=3)"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
calls = []
print(max([3, 1, 2], key=lambda x: calls.append(x) or x), calls)
