# unary special methods: -, +, ~, abs(); results of any type; missing ones
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return [self.v]
    def __abs__(self):
        return abs(self.v) * 10
    def __repr__(self):
        return "U(%r)" % self.v
u = U(3)
print(-u, +u, ~u, abs(u), -(-u), abs(U(-2)))
print(--u, -+-u if False else "skip")
class Plain:
    pass
p = Plain()
for name, f in (("neg", lambda: -p), ("pos", lambda: +p), ("inv", lambda: ~p), ("abs", lambda: abs(p))):
    try:
        f()
    except TypeError as e:
        print(name, "TypeError", e)
class OnlyNeg:
    def __neg__(self):
        return "neg"
o = OnlyNeg()
print(-o)
for f in (lambda: +o, lambda: ~o):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class NI:
    def __neg__(self):
        return NotImplemented
print(-NI())
class Raise:
    def __abs__(self):
        raise ValueError("abs failed")
try:
    abs(Raise())
except ValueError as e:
    print("ValueError", e)
class IntSub(int):
    def __neg__(self):
        return "custom neg"
i = IntSub(5)
print(-i, +i, ~i, abs(IntSub(-4)), type(+i).__name__)
print(not U(0), not Plain())
