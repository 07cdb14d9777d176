# sum over ints, floats, big ints, bools, with start values and errors
print(sum([]), sum([], 5), sum(range(101)), sum([1.5, 2.5]), sum([True, True, False]), sum((2**64, 2**64, -1)))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum(range(10), -45), sum([1j, 2, 0.5]), sum(iter([1, 2, 3])), sum({1: 0, 2: 0}))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2**62, 2**62]), sum([-(2**62), -(2**62) - 1]))
for src in ("sum(['a', 'b'])", "sum(['a'], '')", "sum([1, 'a'])", "sum(5)", "sum([1], 2, 3)", "sum([[1]])", "sum([b'a'], b'')", "sum(None)"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
print(sum(x * x for x in range(10)), sum(float(i) for i in range(5)), sum([1e308, 1e308]), sum([1e308, -1e308]))
