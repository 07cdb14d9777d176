# oracle: unix, strip-native
import micropython


@micropython.native
def bisect_left(seq, x):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@micropython.native
def insort(seq, x):
    seq.insert(bisect_left(seq, x), x)


data = [1, 3, 3, 7, 12, 20]
print([bisect_left(data, v) for v in (0, 3, 4, 20, 21)])
s = []
for v in (5, 1, 4, 1, 9, 2):
    insort(s, v)
print(s)
