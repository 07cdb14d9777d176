# user __eq__ consulted by list/tuple/dict/set operations
class E:
    calls = 0
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        E.calls += 1
        return isinstance(o, E) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "E%d" % self.k
lst = [E(1), E(2), E(3), E(2)]
print(E(2) in lst, E(9) in lst, lst.index(E(2)), lst.count(E(2)))
lst.remove(E(2))
print(lst)
try:
    lst.remove(E(9))
except ValueError as e:
    print("ValueError", e)
try:
    lst.index(E(9))
except ValueError as e:
    print("ValueError", e)
print((E(1), E(2)) == (E(1), E(2)), [E(1)] == [E(2)], [E(1)] != [E(1)])
print(E(3) in (E(1), E(3)), (E(1), E(3)).index(E(3)), (E(3), E(3)).count(E(3)))
d = {E(1): "one", E(2): "two"}
print(d[E(1)], E(2) in d, d.get(E(5), "none"))
s = {E(1), E(1), E(2)}
print(len(s), E(1) in s, E(3) in s)
s.discard(E(1))
print(sorted(s, key=lambda e: e.k))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__ if hasattr(object, "__hash__") else None
a = AlwaysEq()
print(a in [1, 2], [1, 2].index(a) if a in [1, 2] else -1, [5, 6].count(a), 3 in [a])
print([1, 2].index(a) if False else "skip", [a].count(1))
class NeverEq:
    def __eq__(self, o):
        return False
n = NeverEq()
print(n in [n], [n].count(n), [n] == [n], (n,) == (n,))
E.calls = 0
[E(i) for i in range(3)] == [E(i) for i in range(3)]
print("eq calls", E.calls)
