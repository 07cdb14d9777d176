# __eq__/__ne__ combinations, NotImplemented results and identity fallback
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("OnlyEq.__eq__", self.v, type(o).__name__)
        if isinstance(o, OnlyEq):
            return self.v == o.v
        return NotImplemented

class OnlyNe:
    def __init__(self, v):
        self.v = v
    def __ne__(self, o):
        print("OnlyNe.__ne__", self.v)
        return "ne-result"

class Plain:
    pass

a, b, c = OnlyEq(1), OnlyEq(1), OnlyEq(2)
print(a == b, a == c, a != b, a != c)
print(a == 1, 1 == a, a != 1)
print(a == a, a != a)
n1, n2 = OnlyNe(1), OnlyNe(2)
print(n1 != n2, n1 == n2, n1 == n1)
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
print(p == None, None == p, p != None)

class Weird:
    def __eq__(self, o):
        return 42
    def __ne__(self, o):
        return []
w = Weird()
print(w == 1, w != 1, 1 == w)
print(w in [1, 2], w in [w], [w] == [1], [w] != [1])
print((w,) == (1,), {'k': w} == {'k': 1})

class Raises:
    def __eq__(self, o):
        raise ValueError("eq boom")
r = Raises()
for expr in (lambda: r == 1, lambda: 1 == r, lambda: r in [1], lambda: [r] == [1], lambda: r != 1):
    try:
        print(expr())
    except ValueError as e:
        print("ValueError", e)

# eq returning NotImplemented both ways -> identity
class NI:
    def __eq__(self, o):
        return NotImplemented
x = NI()
print(x == x, x == NI(), x != x, x != NI())
print([x].count(x), [x].index(x), x in (x,))
