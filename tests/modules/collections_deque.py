from collections import deque
d = deque((), 5)
for i in range(7):
    d.append(i)
print(list(d), len(d), d.popleft(), list(d))
d.appendleft(-1) if hasattr(d, "appendleft") else d.append(-1)
print(list(d))
print(d.pop(), list(d), bool(d), bool(deque((), 2)))
e = deque([1, 2, 3], 10)
e.extend([4, 5]) if hasattr(e, "extend") else None
print(list(e))
try:
    deque((), 3).popleft()
except IndexError as err:
    print("IndexError", err)
