from array import array
def pairs(a, n, t):
    return sum(1 for i in range(n) for j in range(i + 1, n) if a[i] + a[j] == t)
def inversions(a, n):
    return sum(1 for i in range(n) for j in range(i + 1, n) if a[i] > a[j])
a = array("i", [1, 5, 7, -1, 5, 3, 2, 4, 6, 0])
print([pairs(a, len(a), t) for t in (6, 10, 0, 100, 4, 12)], pairs(a, 1, 1))
print(inversions(a, len(a)), inversions(array("i", range(10)), 10), inversions(array("i", range(10, 0, -1)), 10))
