l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = list(range(6))
print([x for x in l if x % 2 == 0])
it = iter([1, 2, 3])
print(list(zip(it, it)))
