class A:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a = A(1)
b = A(2)
f = a.get
g = b.get
print(f(), g(), A.get(a))
a.n = 10
print(f())
ms = [A(i).get for i in range(3)]
print([m() for m in ms])
print(list(map(A.get, [A(7), A(8)])))
class CallableAttr:
    def __init__(self):
        self.fn = lambda x: x + 1
print(CallableAttr().fn(1))
