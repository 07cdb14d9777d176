# list constructor, copy, clear, reverse, comparisons and membership with mixed types
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(b"hi"), list(x for x in "yz"), list([1, [2]]))
a = [3, 1, 2]
b = a.copy()
b.reverse()
print(a, b, a.reverse(), a, b.clear(), b)
print([1, 2] == [1, 2], [1, 2] == [1.0, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] < [[2]], [1] == (1,), [1] != [True])
print(1 in [1.0], "a" in ["ab"], [1] in [[1]], None in [0, False], 2**70 in [2.0**70], float("nan") in [0])
for op in ("[1] < [None]", "[1] < ['a']", "[1] + None", "[1] * [2]", "[1] - [1]", "[1, 2][1.0]", "[1][5]", "del [1][3]"):
    try:
        exec("print(%r, %s)" % (op, op) if not op.startswith("del") else op)
    except Exception as e:
        print(op, type(e).__name__, e)
l = [0, 1, 2, 3, 4, 5]
print(l[-1], l[-6], l[1:-1], l[-2:], l[:-4], l[100:], l[-100:2], l[::-1], l[4:1:-1], l[::3])
del l[1]
del l[-1]
del l[1:3]
print(l)
print(len([None] * 7), [0] * 3 == [0, 0, 0], list(reversed(range(4))), [x * y for x in range(3) for y in range(2)])
