vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
acc = 0.0
for v in [1e16, 1.0, -1e16]:
    acc += v
print(acc)
print(1e16 + 1.0 - 1e16, 1e15 + 1.0 - 1e15)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(sum([1.5, 2.5, 3.5]) / 3)
