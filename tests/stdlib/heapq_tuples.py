# A priority queue of (priority, name) tuples.
import heapq

tasks = [(3, "write"), (1, "plan"), (4, "test"), (1, "design"), (2, "code"), (5, "ship"), (2, "review")]
q = []
for t in tasks:
    heapq.heappush(q, t)
print(q)
while q:
    print(heapq.heappop(q))
q = [(2, "b"), (1, "a"), (3, "c")]
heapq.heapify(q)
heapq.heappush(q, (0, "z"))
print([heapq.heappop(q) for _ in range(len(q))])
