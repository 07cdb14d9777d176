# oracle: unix, strip-native
import micropython


class Shape:
    def __init__(self, name):
        self.name = name

    @micropython.native
    def area(self):
        return 0

    @micropython.native
    def describe(self):
        return "%s with area %d" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    @micropython.native
    def area(self):
        return self.w * self.h


class Square(Rect):
    @micropython.native
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    @micropython.native
    def describe(self):
        return "[" + super().describe() + "]"


for s in (Shape("blob"), Rect(2, 3), Square(4)):
    print(s.describe(), isinstance(s, Rect))
