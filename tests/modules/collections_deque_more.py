from collections import deque
d = deque([], 3)
for i in "abcde":
    d.append(i)
print(list(d), len(d))
print(d[0], d[-1]) if hasattr(d, "__getitem__") else print(list(d)[0], list(d)[-1])
e = deque(range(3), 5)
while e:
    print("pop", e.popleft())
f = deque((), 4, 1) if False else deque((), 4)
f.append(1)
f.appendleft(0)
print(list(f))
