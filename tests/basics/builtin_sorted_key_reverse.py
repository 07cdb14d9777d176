people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
print(sorted("The quick brown Fox".split(), key=lambda w: w.lower()))
print(sorted([3, -1, 2], key=None), sorted({"b": 1, "a": 2}.items()))
l = [5, 2, 8]
l.sort(key=lambda x: x % 3)
print(l)
