class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
class Child(Base):
    @property
    def x(self):
        return self._x * 10
print(Base().x, Child().x)
class RW:
    def __init__(self):
        self._v = 0
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = max(0, v)
    v = property(_get, _set)
r = RW()
r.v = -5
print(r.v)
r.v = 7
print(r.v)
