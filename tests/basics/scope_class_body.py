x = "global"
class C:
    x = "class"
    y = x + "-derived"
    def method(self):
        return x
    z = [x for _ in range(1)]
print(C.x, C.y, C().method(), C.z)
def f():
    a = 1
    class Inner:
        b = a + 1
        def get(self):
            return a
    return Inner
I = f()
print(I.b, I().get())
