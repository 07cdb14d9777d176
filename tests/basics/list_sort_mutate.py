# oracle: cpython
# A key function or __lt__ that changes the list while it is sorted: MicroPython 1.27 reads freed
# memory (the unix port can crash); upy does as CPython: the sorted items replace the change.
class Evil:
    n_calls = 0

    def __init__(self, arr, val):
        self.arr = arr
        self.val = val

    def __lt__(self, other):
        Evil.n_calls += 1
        if Evil.n_calls == 16:
            self.arr.clear()
        return self.val < other.val


a = []
a.extend(Evil(a, i) for i in range(32))
try:
    a.sort()
except ValueError as e:
    print("ValueError", e)
print(len(a))

b = [3, 1, 2]
b.sort(key=lambda x: -x)
print(b)
c = list(range(20, 0, -1))
c.sort(reverse=True)
print(c[:3], c[-3:])
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:])
