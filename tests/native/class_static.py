# oracle: unix, strip-native
import micropython


class Temp:
    scale = "C"

    def __init__(self, deg):
        self.deg = deg

    @staticmethod
    @micropython.native
    def c_to_f(c):
        return c * 9 // 5 + 32

    @classmethod
    @micropython.native
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)

    @micropython.native
    def as_f(self):
        return Temp.c_to_f(self.deg)


t = Temp.from_f(212)
print(t.deg, t.as_f(), Temp.c_to_f(-40), t.c_to_f(0))


class Sub(Temp):
    scale = "K"


s = Sub.from_f(32)
print(type(s).__name__, s.deg, s.scale)
