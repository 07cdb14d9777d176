# Items move only when __lt__ returns exactly True (or, for choosing the right child, exactly
# False): other truthy or falsy results leave them be.
import heapq


class R:
    def __init__(self, v, res):
        self.v = v
        self.res = res

    def __lt__(self, other):
        return self.res

    def __repr__(self):
        return str(self.v)


for res in (True, False, 1, 0, None, "yes", []):
    h = []
    for v in range(6):
        heapq.heappush(h, R(v, res))
    popped = [heapq.heappop(h) for _ in range(3)]
    print(repr(res), h, popped)
