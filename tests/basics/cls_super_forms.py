# super(): zero-arg and explicit forms, in methods, classmethods, __new__, properties
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    def __init__(self):
        self.tag = ["A"]
    val = "A.val"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    def __init__(self):
        super().__init__()
        self.tag.append("B")
class C(B):
    def who(self):
        return "C>" + super(C, self).who() + "|" + super(B, self).who()
    def __init__(self):
        super(C, self).__init__()
        self.tag.append("C")
    def attr(self):
        return super().val
c = C()
print(c.who(), c.tag, c.attr())
print(C.cm(), B.cm())
print(super(B, c).who(), super(C, c).who())
try:
    super(C, c).nope
except AttributeError as e:
    print("AttributeError", e)
def outside(self):
    return super(B, self).who()
print(outside(c))
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
class D(A):
    def m(self):
        f = lambda: super(D, self).who()
        return f()
print(D().m())
class E(A):
    def m(self):
        return [super(E, self).who() for _ in range(2)]
print(E().m())
class F(list):
    def append(self, x):
        super().append(x * 10)
    def extend(self, xs):
        for x in xs:
            self.append(x)
f = F()
f.append(1)
f.extend([2, 3])
print(f, len(f))
try:
    print(super(F, f).__len__())
except AttributeError as e:
    print("AttributeError", e)
class G(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
g = G()
g["a"] = 1
print(g["a"], sorted(g.items()))
class H:
    def __init__(self, v):
        self.v = v
class I(H):
    def __init__(self):
        super().__init__(v=5)
print(I().v)
