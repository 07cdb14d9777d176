# subclassing list: inherited methods, overrides, slicing types, equality, extra state
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
print(l, repr(l), len(l), l.total(), l[0], l[-1], l[1:], type(l[1:]).__name__)
l.append(4)
l.sort()
l.extend(L([9]))
l += [7]
print(l, type(l).__name__, sum(l), l.index(4), l.count(9), 9 in l)
print(l == [1, 2, 3, 4, 9, 7], [1, 2, 3, 4, 9, 7] == l, l != [], l + [0], type(l + [0]).__name__, type(l * 2).__name__)
del l[0]
l[0] = 100
l[1:3] = ["x"]
print(l, l.pop(), l.pop(0), l)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
g = Logged()
g.append(1)
g.append(2)
try:
    print(g[0])
except AttributeError as e:
    print("AttributeError", e)
print(list(g), [x for x in g], sorted(g), len(g))
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.ops = 0
    def push(self, x):
        self.ops += 1
        self.append(x)
st = Stack(1, 2)
st.push(3)
print(st, st.ops, st.__dict__, bool(Stack()), bool(st))
print(isinstance(st, list), issubclass(Stack, list), list(reversed(st)), st[::-1])
class Cmp(list):
    def __eq__(self, o):
        return "custom eq"
print(Cmp([1]) == [1], [1] == Cmp([1]), Cmp() == Cmp())
e = L()
try:
    e.pop()
except IndexError as ex:
    print("IndexError", ex)
print(L(range(3)), L("ab"), L((1,)))
