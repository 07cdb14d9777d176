# setdefault, popitem order and pop on many key types
d = {}
for k in (1, "a", 2.5, (1, 2), None, True, 1.0, "a", -3, 2**70):
    print(repr(k), d.setdefault(k, [repr(k)]))
print(d)
while d:
    print(d.popitem(), len(d))
d = {i: i * i for i in range(12)}
print(d.popitem(), d.popitem(), d.pop(5), d.pop(5, "gone"), len(d))
d[100] = 1
d[0] = "zero"
print(list(d.items()))
g = {"x": 1}
g.setdefault("y")
print(g, g.pop("y"), g)
try:
    {}.setdefault()
except TypeError as e:
    print("TypeError", e)
try:
    g.pop()
except TypeError as e:
    print("TypeError", e)
