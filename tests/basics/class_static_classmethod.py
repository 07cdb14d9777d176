class K:
    n = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @classmethod
    def incr(cls):
        cls.n += 1
        return cls.n
class Sub(K):
    pass
print(K.add(1, 2), K().add(3, 4))
print(type(K.make(1)).__name__, type(Sub.make(2)).__name__, Sub.make(5).v)
print(K.incr(), K.incr(), Sub.incr(), K.n, Sub.n)
sm = staticmethod(lambda: "raw")
class H:
    f = sm
print(H.f(), H().f())
