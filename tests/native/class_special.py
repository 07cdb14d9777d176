# oracle: unix, strip-native
import micropython


class Vec:
    @micropython.native
    def __init__(self, *xs):
        self.xs = list(xs)

    @micropython.native
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    @micropython.native
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    @micropython.native
    def __eq__(self, other):
        return self.xs == other.xs

    @micropython.native
    def __len__(self):
        return len(self.xs)

    @micropython.native
    def __getitem__(self, i):
        return self.xs[i]

    @micropython.native
    def __contains__(self, v):
        return v in self.xs

    @micropython.native
    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)


a = Vec(1, 2, 3)
b = Vec(10, 20, 30)
print(a + b, a * 2, a == Vec(1, 2, 3), a == b)
print(len(a), a[1], a[-1], 2 in a, 9 in a, list(a))
