# dict() construction forms and equality
print(dict(), dict([]), dict({}), dict([(1, 2)]), dict(((1, 2), (3, 4))), dict(a=1), dict({1: 2}, b=3))
print(dict(zip("abc", range(3))), dict([["k", "v"]]), dict([(1, 2), (1, 3)]), dict(x=1, **{"y": 2}))
for bad in ([1], [(1,)], [(1, 2, 3)], 7, None, ["ab", "c"]):
    try:
        print(dict(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
a = {1: 2, 3: 4}
print(a == {3: 4, 1: 2}, a != {1: 2}, a == {1: 2, 3: 5}, {} == {}, {1: 2} == {1.0: 2}, {True: 1} == {1: 1})
for op in ("a < a", "a + a", "a * 2", "a | a", "-a"):
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, "TypeError", e)
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3, -0.0: 4})
print({(1, 2): 3}[(1, 2)], {frozenset([1]): 2}[frozenset([1])], {2**64: "big"}[2**64], {"": 0}[""])
