class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
p = Point(3, 4)
q = Point(1, 1)
print(p, q, p.dist2(), Point.count, p.count)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
p.z = 9
print(p.z, hasattr(q, "z"), getattr(q, "z", "none"))
print(Point.dist2(q), Point.__name__)
m = p.dist2
print(m())
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object))
