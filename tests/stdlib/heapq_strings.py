import heapq

words = "the quick brown fox jumps over the lazy dog".split()
h = []
for w in words:
    heapq.heappush(h, w)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [b"zz", b"a", b"mm", b"b"]
heapq.heapify(h)
print(h)
h = [[3, 1], [1, 2], [2], [1]]
heapq.heapify(h)
print(h, heapq.heappop(h))
print(dir(heapq))
