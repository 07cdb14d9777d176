# Equal keys: the heap's order among them follows the algorithm exactly.
import heapq


class E:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, o):
        return self.k < o.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


h = []
for i, k in enumerate([2, 1, 2, 1, 2, 1, 0, 2, 1]):
    heapq.heappush(h, E(k, "abcdefghi"[i]))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [E(1, c) for c in "abcdefg"]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
