# Comparison errors propagate; the heap keeps what it had before the failing comparison.
import heapq

h = [1, 2, 3]
try:
    heapq.heappush(h, "a")
except TypeError as e:
    print("TypeError", e)
print(h)
h = [None, None]
print(heapq.heappop(h), h)
h = [3, None]
try:
    heapq.heapify(h)
    print("heapify ok", h)
except TypeError as e:
    print("TypeError", e)
h = [1, 1.5, True, 0.5, False]
heapq.heapify(h)
print(h)
