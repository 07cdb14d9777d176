# Method calls and attribute access on class instances.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


acc = Vec(0, 0)
d = 0
for i in range(80000):
    v = Vec(i, 1)
    acc = acc.add(v)
    d += acc.dot(v) & 0xFFFF
print(acc.x, acc.y, d)
