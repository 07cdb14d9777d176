s = {1, 2, 3}
s.add(4)
s.add(2)
print(sorted(s), len(s), 3 in s, 9 in s)
s.discard(9)
s.remove(1)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(sorted(s | {10}), sorted(s & {2, 3, 7}), sorted(s - {2}), sorted(s ^ {3, 5}))
print(sorted(s.union([7, 8])), sorted(s.intersection({2, 4})), sorted(s.difference({4})))
print(sorted(s.symmetric_difference({4, 6})), s.isdisjoint({100}), s.issubset(range(10)))
print(s.issuperset({2}), {1} < {1, 2}, {1, 2} == {2, 1})
p = s.pop()
print(len(s), p not in s)
s.clear()
print(s, set(), set("aab") == {"a", "b"})
