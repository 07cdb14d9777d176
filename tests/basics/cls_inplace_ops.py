# in-place operators: __iadd__/__isub__ and fallbacks to the plain operator
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __sub__(self, o):
        print("sub")
        return Acc(self.v - o)
    def __mul__(self, o):
        print("mul")
        return Acc(self.v * o)
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        print("isub")
        return NotImplemented
    def __imul__(self, o):
        print("imul")
        self.v *= o
        return self
    def __or__(self, o):
        return Acc(self.v | o)
    def __ior__(self, o):
        print("ior")
        return self
a = Acc(1)
b = a
a += 5
print(a.v, a is b)
a -= 1
print(a.v, a is b)
a = b
a *= 3
print(a.v, a is b)
a = b
a |= 8
print(a.v, a is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class IaddRet:
    def __iadd__(self, o):
        return "replaced"
z = IaddRet()
z += 1
print(z)
class NoOps:
    pass
for stmt in ("n += 1", "n -= 1", "n *= 2", "n //= 2", "n **= 2", "n <<= 1", "n &= 1", "n @= 1"):
    n = NoOps()
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, "TypeError", e)
class RAdd:
    def __radd__(self, o):
        return "radd %r" % (o,)
v = 5
v += RAdd()
print(v)
lst = [1]
l2 = lst
lst += RAdd.__dict__ and [2]
print(lst, lst is l2)
class Item:
    def __init__(self):
        self.d = {"k": Acc(1)}
it = Item()
it.d["k"] += 2
print(it.d["k"].v)
