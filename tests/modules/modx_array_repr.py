# array: repr/str of every typecode with edge values, floats, empty arrays, long arrays
from array import array
print(array("b", [-128, 127]), array("B", [0, 255]), array("h", [-32768]), array("H", [65535]))
print(array("i", [-2**31, 2**31 - 1]), array("I", [2**32 - 1]), array("l", [-2**31]), array("L", [2**32 - 1]))
print(array("q", [-2**63, 2**63 - 1]), array("Q", [2**64 - 1]))
print(array("f", [0.1, 1e30, -0.0, 1/3]), array("d", [0.1, 1e300, -0.0, 1/3]))
print(array("f", [float("inf"), float("-inf")]), array("d", [float("inf")]))
for tc in "bBhHiIlLqQfd":
    print(repr(array(tc)), str(array(tc, [1])))
print(array("i", range(40)))
print([array("b", [1])], (array("d", [2]),), {"k": array("B", [3])})
print(array("f", [16777217.0]), array("f", [3.4e38 * 10]))
