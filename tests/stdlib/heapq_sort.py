# Heapsort of pseudo-random data (from a seeded generator, so the input is the same each run).
import heapq
import random

random.seed(17)
data = [random.randint(-100, 100) for _ in range(200)]
h = list(data)
heapq.heapify(h)
print(h[:20])
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:10], out[-5:])
h = []
for x in data[:50]:
    heapq.heappush(h, x)
print(h)
