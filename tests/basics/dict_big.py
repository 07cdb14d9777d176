d = {}
for i in range(200):
    d[i * 7 % 101] = i
print(len(d), d[0], d[100], sum(d.values()), min(d), max(d))
for k in list(d):
    if k % 2:
        del d[k]
print(len(d), sorted(d)[:10])
s = {str(i): i for i in range(50)}
print(len(s), s["42"], sorted(s)[:5])
d2 = dict(s)
d2.clear()
print(len(d2), len(s))
