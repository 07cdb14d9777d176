# A bounded heap keeping the k largest (MicroPython's heapq has no nlargest: programs write it).
import heapq


def nlargest(k, it):
    h = []
    for x in it:
        if len(h) < k:
            heapq.heappush(h, x)
        elif x > h[0]:
            heapq.heappop(h)
            heapq.heappush(h, x)
    return sorted(h, reverse=True)


print(nlargest(3, [5, 1, 9, 7, 3, 9, 2, 8]))
print(nlargest(5, range(100)))
print(nlargest(2, []))
print(hasattr(heapq, "nlargest"), hasattr(heapq, "heappushpop"), hasattr(heapq, "merge"))
