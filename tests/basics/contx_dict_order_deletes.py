# iteration order of dicts after deletions, reinsertion and growth
d = {}
for i in range(20):
    d[i * 7 % 23] = i
print(list(d))
for i in range(0, 23, 3):
    d.pop(i, None)
print(list(d))
for i in range(0, 23, 3):
    d[i] = -i
print(list(d), len(d))
s = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    s[w] = len(w)
print(list(s.items()))
del s["the"], s["fox"]
s["cat"] = 3
s["the"] = 0
print(list(s.items()))
m = {}
for i in range(50):
    m[str(i)] = i
    if i % 3 == 0:
        m.pop(str(i // 2), None)
print(list(m)[:30], len(m))
t = dict.fromkeys([(i, -i) for i in range(10)])
for i in range(0, 10, 2):
    del t[(i, -i)]
print(list(t))
