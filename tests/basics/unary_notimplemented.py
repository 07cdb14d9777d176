# A user unary special method returning NotImplemented hands it back (no TypeError).
class N:
    def __neg__(self):
        return NotImplemented
    def __pos__(self):
        return NotImplemented
    def __invert__(self):
        return NotImplemented
    def __abs__(self):
        return NotImplemented
    def __len__(self):
        return NotImplemented
print(-N(), +N(), ~N(), abs(N()))
print(len(N()))
print(type(NotImplemented), type(Ellipsis))
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
print(len(L("abc")), len(L(None)), len(L(3)))
class B:
    def __int__(self):
        return "x"
try:
    int(B())
except TypeError as e:
    print("TypeError", repr(str(e)))
