counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(sorted(groups.items()))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(sorted((k, sorted(v)) for k, v in inverse.items()))
