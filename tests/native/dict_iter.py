# oracle: unix, strip-native
import micropython


@micropython.native
def totals(d):
    s = 0
    for k in d:
        s += d[k]
    for v in d.values():
        s += v
    for k, v in d.items():
        s += k * v
    return s


@micropython.native
def group(items, key):
    out = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return sorted(out.items())


@micropython.native
def filtered(d, limit):
    return sorted(k for k, v in d.items() if v > limit)


d = {1: 10, 2: 20, 3: 30}
print(totals(d))
print(group(range(10), lambda x: x % 3))
print(filtered({"a": 5, "b": 1, "c": 9}, 3))
