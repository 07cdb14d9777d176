# oracle: unix, strip-native
import micropython


@micropython.native
def unary(x):
    return -x, +x, ~x, not x


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __invert__(self):
        return Vec(self.y, self.x)

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)


@micropython.native
def vec_ops(v):
    return -v, +v, ~v, not v


print(unary(5), unary(0), unary(-12))
print(unary(True), unary(False))
print(vec_ops(Vec(1, 2)))
print(-(-3.5), abs(-4))
