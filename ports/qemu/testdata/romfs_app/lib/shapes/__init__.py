class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.size)


class Square(Shape):
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size


class Circle(Shape):
    def __init__(self, size):
        self.size = size

    def area(self):
        return 3 * self.size * self.size
