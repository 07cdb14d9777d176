# deque(iterable, maxlen[, flags]): both first arguments are required.
import collections
for a in [(), ((),), ((), 2, 3, 4), ((), -1), ((), 'a'), ((), 2.5)]:
    try:
        collections.deque(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    collections.deque(maxlen=3)
except TypeError as e:
    print(e)
for a in [((), 0), ([1, 2, 3], 2), ((), True), ((), 2, 0)]:
    d = collections.deque(*a)
    print(d, len(d), list(d))
    d.append(1)
    print(list(d))
d = collections.deque((), 2, 1)
d.append(1)
d.append(2)
try:
    d.append(3)
except IndexError as e:
    print('IndexError', e)
print(list(d), repr(collections.deque([1], 5)), str(collections.deque([1], 5)))
