# The exact comparisons made, in order: MicroPython's sift algorithm, not just its result.
import heapq

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


h = []
for v in [4, 7, 1, 9, 3, 3, 8, 0]:
    heapq.heappush(h, K(v))
print(h)
print(log)
log.clear()
print(heapq.heappop(h), h)
print(log)
log.clear()
h = [K(v) for v in [9, 4, 6, 1, 8, 2, 7]]
heapq.heapify(h)
print(h)
print(log)
