# list / dict / set operations.
d = {}
s = set()
lst = []
for i in range(100000):
    k = i % 997
    d[k] = d.get(k, 0) + i
    s.add(k * 3 % 101)
    lst.append(i * 7 % 1000)
lst.sort()
t = 0
for k in d:
    t += d[k]
print(len(d), len(s), lst[100], lst[-1], t, sum(lst[::10]), 500 in s)
