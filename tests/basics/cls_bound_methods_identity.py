# bound methods: equality, __self__/__func__, rebinding, storing, calling through class
class K:
    def m(self, x=1):
        return (type(self).__name__, x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"
k = K()
bm = k.m
print(bm(), bm(5), K.m(k, 2), K.m(k))
print(bm == k.m, bm is k.m, k.m == K().m)
for attr in ("__self__", "__func__", "__name__"):
    try:
        print(attr, getattr(bm, attr) is not None)
    except AttributeError as e:
        print("AttributeError", e)
print(type(bm).__name__, type(K.m).__name__, type(k.c).__name__, type(k.s).__name__, type(K.s).__name__)
print(k.c(), K.c())
ms = [k.m, K().m]
print([f(3)[0] for f in ms])
d = {k.m: "v"}
print(d.get(k.m, "different hash"))
class Sub(K):
    pass
print(Sub().m(), Sub.c(), Sub().c())
try:
    K.m()
except TypeError as e:
    print("TypeError", e)
try:
    k.m(1, 2)
except TypeError as e:
    print("TypeError", e)
def free(self):
    return "free", self.__class__.__name__
K.free = free
print(k.free(), K.free(k))
bound = k.free
K.free = lambda self: "replaced"
print(bound(), k.free())
print(callable(bm), hasattr(bm, "__name__"), bm.__name__ if hasattr(bm, "__name__") else "-")
print(repr(k.m).startswith("<bound_method"), str(K.m).startswith("<function"))
