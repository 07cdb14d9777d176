# **kwargs collection: order, copies, duplicates, non-string keys, merging from many sources
def kw(**k):
    return k
print(kw(), kw(a=1, b=2), kw(b=2, a=1))
d = {"x": 1}
r = kw(**d)
r["y"] = 2
print(d, r, r is d)
print(kw(**{"a": 1}, b=2, **{"c": 3}))
print(list(kw(z=1, y=2, x=3, w=4).keys()))

for call in [lambda: kw(**{"a": 1}, a=2), lambda: kw(a=1, **{"a": 2}),
             lambda: kw(**{"a": 1}, **{"a": 2}), lambda: kw(**{1: 1}),
             lambda: kw(**{"a": 1, 2: 2}), lambda: kw(**[("a", 1)])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# kwargs mixing named parameters and the catch-all
def mixed(a, b=0, **rest):
    return a, b, rest
print(mixed(1, c=3), mixed(b=2, a=1, z=26), mixed(**{"a": 5, "b": 6, "q": 7}))

# mapping objects other than dict
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k.upper()
try:
    print(kw(**Mapping()))
except Exception as e:
    print(type(e).__name__, e)

# kwargs forwarded through several layers
def layer3(**k):
    return sorted(k.items())
def layer2(**k):
    k["l2"] = True
    return layer3(**k)
def layer1(**k):
    return layer2(l1=True, **k)
print(layer1(orig=1))

# a large number of keyword arguments
big = {"k%03d" % i: i for i in range(200)}
r = kw(**big)
print(len(r), r["k000"], r["k199"], sum(r.values()))
def fixed(k000, k199, **others):
    return k000 + k199 + len(others)
print(fixed(**big))
