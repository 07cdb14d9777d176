# __call__: args, kwargs, defaults, star forms, callable(), inherited and replaced
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x, y=0, *rest, scale=1, **kw):
        return (self.base + x + y + sum(rest)) * scale, sorted(kw.items())
a = Adder(10)
print(a(1), a(1, 2), a(1, 2, 3, 4), a(1, scale=2), a(x=5), a(1, y=2, z=3))
print(a(*[1, 2, 3]), a(**{"x": 1, "scale": 3}))
try:
    a()
except TypeError as e:
    print("TypeError", e)
try:
    a(1, bad=2, scale=1, x=3)
except TypeError as e:
    print("TypeError", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
print(callable(a), callable(NotCallable()), callable(NotCallable), callable(Adder.__call__))
class Sub(Adder):
    pass
print(Sub(1)(1), callable(Sub(0)))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class AttrCall:
    pass
o = AttrCall()
o.__call__ = lambda: "instance attr"
try:
    print(o())
except TypeError as e:
    print("TypeError", e)
print(list(map(Adder(100), [1, 2])))
print(sorted([3, 1, 2], key=Adder(0))[0])
