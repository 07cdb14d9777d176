# oracle: unix, strip-native
import micropython


@micropython.native
def set_algebra(a, b):
    return sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b)


@micropython.native
def unique(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


@micropython.native
def relations(a, b):
    return a <= b, a < b, a >= b, a.isdisjoint(b), a.issubset(b)


a = {1, 2, 3, 4}
b = {3, 4, 5}
print(set_algebra(a, b))
print(unique([3, 1, 3, 2, 1, 5, 2]))
print(relations({1, 2}, {1, 2, 3}), relations({1, 2}, {1, 2}), relations({9}, {1}))
s = {x % 4 for x in range(10)}
print(sorted(s), len(s))
