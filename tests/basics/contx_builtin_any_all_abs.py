# any, all (short-circuit), abs over numeric types, user classes
print(any([]), all([]), any([0, 0.0, "", None]), all([1, "a", [0]]), any(iter([0, 1])), all(x > 0 for x in range(1, 4)))
seen = []
def g(values):
    for v in values:
        seen.append(v)
        yield v
print(any(g([0, 2, 3])), seen)
seen.clear()
print(all(g([1, 0, 5])), seen)
for v in (0, -0, 5, -5, 2**70, -(2**70), -(2**30), -(2**31), 1.5, -1.5, -0.0, float("-inf"), True, False, 3 - 4j, -2j):
    print(repr(v), repr(abs(v)), type(abs(v)).__name__)
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
for bad in ("x", None, [1], {}):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (5, None):
    try:
        any(bad)
    except TypeError as e:
        print("TypeError", e)
