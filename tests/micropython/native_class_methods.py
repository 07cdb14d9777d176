# oracle: strip-native
import micropython
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @micropython.native
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    @micropython.native
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a.dot(b), a + b, (a + b).dot(Vec(1, 1)))
@micropython.native
def use_builtins(l):
    return sorted(l), len(l), sum(l), max(l)
print(use_builtins([3, 1, 2]))
