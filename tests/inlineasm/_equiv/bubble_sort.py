from array import array
def sort_count(a, n):
    swaps = 0
    for i in range(n - 1, 0, -1):
        for j in range(i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return swaps
bsort = sort_count
isort = sort_count
b = bytearray(b"the quick brown fox")
print(bsort(b, len(b)), b)
print(bsort(b, len(b)), bsort(bytearray(1), 1), bsort(bytearray(), 0))
a = array("i", [5, -1, 300000, 0, -300000, 5, 42, -7])
print(isort(a, len(a)), list(a), isort(a, len(a)))
