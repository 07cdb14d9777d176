# heapq with user classes: a __lt__ that raises part-way (the list's state afterwards and the
# comparison count), a class with only __gt__, and __lt__ returning non-bool values
import heapq
class K:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.n += 1
        if self.v == 13 or o.v == 13:
            raise ValueError("unlucky")
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v
h = [K(v) for v in (9, 4, 13, 1, 7, 2)]
try:
    heapq.heapify(h)
except ValueError as e:
    print("heapify", e, h, K.n)
h = [K(v) for v in (1, 3, 5)]
K.n = 0
try:
    heapq.heappush(h, K(13))
except ValueError as e:
    print("push", e, h, K.n)
h = [K(13), K(3), K(5)]
K.n = 0
try:
    print(heapq.heappop(h))
except ValueError as e:
    print("pop", e, h, K.n)
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
try:
    h = [G(3), G(1)]
    heapq.heapify(h)
    print(h)
except TypeError as e:
    print("TypeError", e)
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return "yes" if self.v < o.v else ""
    def __repr__(self):
        return "L%d" % self.v
h = []
for v in (5, 2, 8, 1):
    heapq.heappush(h, L(v))
print(h, [heapq.heappop(h) for _ in range(4)])
