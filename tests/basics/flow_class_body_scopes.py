# class bodies: names visible from methods, enclosing function variables, shadowing, ordering
x = "global"
class A:
    x = "class"
    def get(self):
        return x
    y = x + "!"
print(A().get(), A.y)

def factory(v):
    class B:
        val = v
        def get(self):
            return v
        def get_cls(self):
            return self.val
    return B
B1 = factory(1)
B2 = factory(2)
print(B1().get(), B2().get(), B1.val, B2().get_cls())

def shadow():
    n = "function"
    class C:
        n = "class"
        m = n
        def f(self):
            return n
    try:
        r = C().f()
    except NameError as e:
        r = "NameError " + str(e)
    return C.m, r
print(shadow())

def late():
    class D:
        def f(self):
            return w
    w = "assigned after class"
    return D().f()
print(late())

# class body sees names assigned earlier in the same body, in order
class E:
    a = 1
    b = a + 1
    c = [a, b]
    del a
print(hasattr(E, "a"), E.b, E.c)

# nested classes do not see the outer class's names
class Outer:
    secret = 42
    class Inner:
        try:
            s = secret
        except NameError:
            s = "not visible"
print(Outer.Inner.s)

# class defined in a loop captures the loop variable at definition time via class attrs
classes = []
for i in range(3):
    class K:
        idx = i
    classes.append(K)
print([k.idx for k in classes])

# nonlocal from a method into an enclosing function
def counter():
    count = 0
    class Ctr:
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = Ctr()
    c.inc(); c.inc()
    return count
print(counter())

# __qualname__-free checks: class name and module attribute
class Named:
    pass
print(Named.__name__, type(Named()).__name__)

# global statement inside class body methods
gv = 0
class G:
    def bump(self):
        global gv
        gv += 10
G().bump(); G().bump()
print(gv)
