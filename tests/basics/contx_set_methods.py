# all set methods and operators
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([9]), a.intersection(range(4)), a.difference([1]), a.symmetric_difference([4, 6]))
for m in ("union", "intersection", "difference", "update"):
    try:
        getattr(a.copy(), m)(b, [9])
    except TypeError as e:
        print(m, "TypeError", e)
print(a.issubset(a | b), a.issuperset({1}), a.isdisjoint({7}), a.isdisjoint(b), {1}.issubset([1, 2]))
c = set(a)
c.add(10)
c.discard(1)
c.discard(99)
c.remove(2)
print(c, len(c))
try:
    c.remove(99)
except KeyError as e:
    print("KeyError", e)
c.update([20, 21])
c.update((22,))
c.update({23})
print(sorted(c))
c.intersection_update(range(5, 15))
print(sorted(c))
c.difference_update([10], {3})
print(sorted(c))
c.symmetric_difference_update({4, 100})
print(sorted(c))
p = c.pop()
print(p in c, len(c))
c.clear()
print(c, len(c))
try:
    c.pop()
except KeyError as e:
    print("KeyError", e)
x = {1, 2}
x |= {3}
x &= {1, 3, 5}
x -= {5}
x ^= {9}
print(x)
for op in ("a | [1]", "a & (1,)", "a - 'x'", "a ^ None", "a < [1]", "a + b", "a * 2"):
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, "TypeError", e)
print(a.copy() == a, a.copy() is a, set() == set(), set() == frozenset(), {1} == {1.0}, {1} != {2})
