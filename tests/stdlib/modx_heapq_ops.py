# heapq: heappush/heappop/heapify/heappushpop/heapreplace (as present) keep the heap invariant;
# errors on empty heaps and non-lists
import heapq
print([n for n in ("heappush", "heappop", "heapify", "heappushpop", "heapreplace", "nlargest", "nsmallest", "merge") if hasattr(heapq, n)])
def ok(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))
h = []
for v in (5, 3, 8, 1, 9, 2, 7, 3, 0, -1, 5):
    heapq.heappush(h, v)
    print(v, h, ok(h))
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify((3, 1)), lambda: heapq.heapify("ab"), lambda: heapq.heappop(None), lambda: heapq.heappush([1, "a"], 2)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for seq in ([], [1], [2, 1], list(range(10, 0, -1)), [3, 3, 3, 1], [5, -5, 0, 2**70, -2**70, 1.5]):
    heapq.heapify(seq)
    print(seq, ok(seq))
if hasattr(heapq, "heappushpop"):
    h = [1, 3, 5]
    print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h)
if hasattr(heapq, "heapreplace"):
    h = [1, 3, 5]
    print(heapq.heapreplace(h, 10), h)
    try:
        heapq.heapreplace([], 1)
    except Exception as e:
        print(type(e).__name__, e)
h = []
for t in [(2, "b"), (1, "z"), (1, "a"), (3, "")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(4)])
