class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
print(Slotted().a)
s = Slotted()
s.b = 2
print(s.a, s.b)
class Attrs:
    pass
a = Attrs()
a.x = 1
a.y = 2
print(sorted(a.__dict__.items()))
print(type(a.__dict__).__name__)
