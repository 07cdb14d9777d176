# name resolution decided at compile time: locals, cells, free variables, globals, builtins
def f1():
    print(len("abc"))
    len = lambda s: -1
try:
    f1()
except NameError as e:
    print("f1 NameError", e)

def f2():
    x = 1
    def g():
        return x
    x = 2
    return g()
print(f2())

def f3():
    def g():
        return y
    return g
y = "late global"
print(f3()())

def f4(a):
    def g():
        return a
    a = a * 2
    return g()
print(f4(5))

# a name assigned anywhere in a function is local everywhere in it
z = "global z"
def f5(flag):
    if flag:
        z = "local z"
    return z
print(f5(True))
try:
    print(f5(False))
except NameError as e:
    print("f5 NameError", e)

# augmented assignment makes the name local
counter = 0
def f6():
    counter += 1
try:
    f6()
except NameError as e:
    print("f6 NameError", e)

# for-loop, with, except, import and def targets are locals too
def f7():
    for q in range(2):
        pass
    try:
        raise ValueError
    except ValueError as err:
        pass
    import sys as system
    def inner():
        pass
    class K:
        pass
    names = [n for n in ("q", "err", "system", "inner", "K") if n in dir()]
    return names
print(f7())

# the except-variable is deleted after the handler
def f8():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except NameError as ex:
        return "NameError " + str(ex)
print(f8())

# deeply nested functions reading a global that a middle function shadows
w = "global w"
def f9():
    w = "f9 w"
    def g():
        def h():
            return w
        return h()
    return g()
print(f9())

# builtins can be shadowed at module level and restored by del
len = lambda s: 42
print(len("x"))
del len
print(len("x"))

# class scope does not leak into methods
class C:
    attr = "class attr"
    def m(self):
        try:
            return attr
        except NameError as e:
            return "NameError " + str(e)
print(C().m())
