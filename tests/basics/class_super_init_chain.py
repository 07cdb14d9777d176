class A:
    def __init__(self, **kw):
        print("A init", sorted(kw))
        self.a = kw.get("a")
class B(A):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
        self.b = b
class C(B):
    def __init__(self, c, **kw):
        print("C init", c)
        super().__init__(**kw)
        self.c = c
obj = C(3, b=2, a=1)
print(obj.a, obj.b, obj.c)
class NoInit(C):
    pass
n = NoInit(9)
print(n.c, n.b, n.a)
