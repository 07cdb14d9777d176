# oracle: unix, strip-native
import micropython


@micropython.native
def between(lo, x, hi):
    return lo <= x < hi


@micropython.native
def compare_all(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


@micropython.native
def ordering(a, b, c):
    if a < b < c:
        return "ascending"
    elif a > b > c:
        return "descending"
    elif a == b == c:
        return "equal"
    return "mixed"


print([between(0, x, 3) for x in (-1, 0, 2, 3)])
print(compare_all(1, 2), compare_all(2, 2))
print(compare_all("abc", "abd"), compare_all((1, 2), (1, 2, 0)))
print(ordering(1, 2, 3), ordering(3, 2, 1), ordering(5, 5, 5), ordering(1, 3, 2))
print(compare_all(1.5, 1), compare_all([1, 2], [1, 3]))
