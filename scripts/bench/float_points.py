# Float objects: points made from trigonometry, normalised, and reduced to a maximum.
from math import cos, sin, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


points = [Point(i) for i in range(6000)]
for p in points:
    p.normalize()
best = points[0]
for i in range(1, len(points)):
    best = best.maximize(points[i])
print("%.6f %.6f %.6f" % (best.x, best.y, best.z))
