# oracle: unix, strip-native
import micropython


class Circle:
    def __init__(self, r):
        self._r = r

    @property
    @micropython.native
    def radius(self):
        return self._r

    @radius.setter
    @micropython.native
    def radius(self, value):
        if value < 0:
            raise ValueError("negative radius")
        self._r = value

    @property
    def diameter(self):
        return 2 * self.radius


c = Circle(3)
print(c.radius, c.diameter)
c.radius = 5
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
print(c.radius)
