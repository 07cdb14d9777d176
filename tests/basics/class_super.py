class Base:
    def __init__(self):
        self.log = ["Base"]
    def method(self, v):
        return "Base.method(%s)" % v
    @classmethod
    def create(cls):
        return cls.__name__
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def method(self, v):
        return "Child+" + super().method(v)
    @classmethod
    def create(cls):
        return "child:" + super().create()
c = Child()
print(c.log, c.method(1), Child.create(), c.create())
print(super(Child, c).method(2))
class Other(Child):
    def method(self, v):
        return "Other>" + super(Other, self).method(v)
print(Other().method(3))
