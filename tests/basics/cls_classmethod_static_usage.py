# classmethod/staticmethod: called on class, instance, subclass; stored/bound forms
class Base:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def util(*args):
        return "util", args
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Base):
    pass
print(Base.make(1), Base().make(2), Sub.make(3), Sub().make())
print(Base.count, Sub.count)
print(Base.util(), Base().util(1), Sub.util(2, 3))
print(Base.name(), Sub.name(), Sub().name())
m = Sub.make
print(m(9))
s = Base.util
print(s("x"))
print(type(Base.__dict__["make"]).__name__, type(Base.__dict__["util"]).__name__)
cm = Base.__dict__["make"]
sm = Base.__dict__["util"]
for v in (cm, sm):
    try:
        v()
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)
print(staticmethod(len)([1, 2]) if False else "skip")
class Stacked:
    @staticmethod
    def sm(x=1, *, k=2):
        return x, k
    @classmethod
    def cm(cls, x=1, **kw):
        return cls.__name__, x, sorted(kw)
print(Stacked.sm(), Stacked.sm(5, k=6), Stacked().sm(x=0))
print(Stacked.cm(), Stacked.cm(2, a=1, b=2), Stacked().cm(x=3))
class Factory:
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
class Fsub(Factory):
    pass
f = Fsub.from_str("12")
print(type(f).__name__, f.v)
class Later:
    pass
def later(cls):
    return "later " + cls.__name__
Later.cm = classmethod(later)
Later.sm = staticmethod(lambda: "static later")
print(Later.cm(), Later().cm(), Later.sm(), Later().sm())
print(isinstance(cm, classmethod), isinstance(sm, staticmethod), isinstance(cm, staticmethod))
