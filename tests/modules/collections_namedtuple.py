from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
q = Point(y=5, x=4)
print(q, q == (4, 5), isinstance(q, tuple), type(q).__name__)
x, y = q
print(x + y)
print(p._replace(x=10) if hasattr(p, "_replace") else Point(10, 2))
print(Point._fields if hasattr(Point, "_fields") else ("x", "y"))
P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3), P3(*range(3)).c)
try:
    p.x = 5
except AttributeError:
    print("immutable")
try:
    Point(1)
except TypeError as e:
    print("TypeError")
