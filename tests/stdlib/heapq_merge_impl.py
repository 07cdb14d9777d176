# A k-way merge of sorted lists with a heap of (value, list index, position) tuples.
import heapq


def merge(*lists):
    h = [(l[0], i, 0) for i, l in enumerate(lists) if l]
    heapq.heapify(h)
    out = []
    while h:
        v, i, p = heapq.heappop(h)
        out.append(v)
        if p + 1 < len(lists[i]):
            heapq.heappush(h, (lists[i][p + 1], i, p + 1))
    return out


print(merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9]))
print(merge([], [1], [], [0, 0, 2]))
print(merge(["b", "d"], ["a", "c", "e"]))
