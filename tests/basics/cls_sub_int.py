# subclassing int: construction, arithmetic results, repr, hashing, extra methods
class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return "MyInt(%d)" % int(self)
a = MyInt(21)
print(a, repr(a), str(a), a.double(), type(a.double()).__name__)
for expr in ("a + 1", "type(a + 1).__name__", "a * a", "a + a", "-a", "abs(MyInt(-3))", "a // 4", "a % 4", "a ** 2", "1 + a", "a - MyInt(1)", "2 * a", "a << 1", "~a"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
print(a == 21, 21 == a, a < 22, hash(a) == hash(21), {a: 1}[21], {21: "x"}[a])
print(int(a), type(int(a)).__name__, bool(MyInt(0)), bool(a))
import math
for f in (float, math.sqrt, complex, abs, round, lambda v: v / 2, lambda v: 1.5 + v, lambda v: v * 0.5):
    try:
        print(f(MyInt(4)))
    except TypeError as e:
        print("TypeError", e)
print(MyInt("ff", 16), MyInt(), MyInt(3.9), MyInt(-2**70))
print([0, 1, 2][MyInt(1)], "ab" * MyInt(2), range(MyInt(3)))
print(isinstance(a, int), issubclass(MyInt, int), type(a) is MyInt)
print(a.to_bytes(2, "big"), MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
class Flag(int):
    names = {}
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        cls.names[v] = name
        return o
    def __str__(self):
        return self.names[int(self)]
try:
    f = Flag(4, "four")
    print(f, f + 0, "%d" % f, "{}".format(f), [f])
except TypeError as e:
    print("TypeError", e)
class Named(int):
    def __str__(self):
        return "named"
n = Named(4)
print(n, n + 0, "%d" % n, "{}".format(n), [n], "%s" % n, str(n))
for bad in ("x", None, [1]):
    try:
        MyInt(bad)
    except Exception as e:
        print(type(e).__name__, e)
class Big(int):
    pass
b = Big(2**100)
print(b, b + 1, b >> 90, type(b).__name__, b == 2**100)
for f in (lambda: sorted([MyInt(3), 1, MyInt(2)]), lambda: max(MyInt(5), 4), lambda: min(Big(7), 8), lambda: sorted([MyInt(3), MyInt(2)]), lambda: MyInt(1) < MyInt(2), lambda: 1 < MyInt(2)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
