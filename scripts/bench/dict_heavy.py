# Dict-heavy: counting words, nested dicts, key iteration, get/setdefault and deletions.
counts = {}
for i in range(60000):
    key = "k%d" % (i % 997)
    counts[key] = counts.get(key, 0) + 1
index = {}
for k, v in counts.items():
    index.setdefault(v % 11, []).append(k)
nested = {}
for i in range(20000):
    nested.setdefault(i % 50, {})[i] = i * i
total = 0
for d in nested.values():
    for k in list(d):
        if k % 3 == 0:
            del d[k]
    total += len(d)
print(len(counts), sorted((k, len(v)) for k, v in index.items())[:3], total)
