# collections.deque: iterating while appending/popping, iterators of empty deques, list()/tuple()
# of deques, unpacking, sum/max over deques, deque of deques
from collections import deque
d = deque([1, 2, 3], 5)
it = iter(d)
print(next(it))
d.append(4)
try:
    print(list(it))
except Exception as e:
    print(type(e).__name__, e)
d2 = deque([1, 2, 3], 5)
it2 = iter(d2)
d2.popleft()
try:
    print(list(it2))
except Exception as e:
    print(type(e).__name__, e)
e = deque((), 2)
print(list(e), tuple(e), list(iter(e)), sum(e))
f = deque(range(5), 10)
a, b, *c = f
print(a, b, c, max(f), min(f), sorted(f, reverse=True), sum(f))
g = deque([deque([1], 1)], 2)
print(len(g), list(g[0]))
h = deque("xyz", 3)
print("".join(h), [ch for ch in h if ch != "y"], list(enumerate(h)), list(zip(h, h)))
for i in range(3):
    h.append(str(i))
    print(list(h), h[0], h[-1])
d = deque([1, 2], 3)
print(1.0 in d, True in d, 2 in d, "a" in d)
class E:
    def __eq__(self, o):
        print("eq called")
        return True
print(E() in d)
d = deque([1, 2, 3], 3)
it = iter(d)
d.appendleft(0)
print(list(it), list(d))
d = deque([1, 2, 3], 3)
it = iter(d)
d.pop()
print(list(it), list(d))
d = deque([1, 2, 3], 3)
it = iter(d)
print(next(it))
d.append(9)
d.append(10)
print(list(it), list(d))
d = deque([], 2)
it = iter(d)
d.append(1)
print(list(it))
d = deque([1], 4)
it = iter(d)
d.appendleft(0)
print(list(it))
