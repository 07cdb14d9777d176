# deque indexing: integers and bools, negative from the end, other index types refused.
from collections import deque

d = deque([1, 2, 3], 5)
for i in (0, -1, 2, True, False, 3, -4, 1.0, "a", slice(0, 1), None):
    try:
        print(repr(i), d[i])
    except (IndexError, TypeError) as e:
        print(repr(i), type(e).__name__, e)
for i in (0, -1, 5, 1.5):
    try:
        d[i] = 9
        print(list(d))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
