# heapq: generated sequences (sorted, reversed, duplicates, seeded pseudo-random) sorted by
# push/pop and by heapify/pop must equal sorted(); heap contents after each step for one case
import heapq
def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % 100)
    return out
cases = [[], [1], list(range(20)), list(range(20, 0, -1)), [5] * 7, lcg(1, 30), lcg(7, 50), [2.5, -1, 3, 0.0, -0.5]]
for data in cases:
    h = []
    for v in data:
        heapq.heappush(h, v)
    a = [heapq.heappop(h) for _ in range(len(h))]
    h2 = list(data)
    heapq.heapify(h2)
    b = [heapq.heappop(h2) for _ in range(len(h2))]
    print(len(data), a == sorted(data), b == sorted(data), a[:5])
h = []
for v in lcg(3, 8):
    heapq.heappush(h, v)
    print(v, h)
while h:
    print(heapq.heappop(h), h)
