# Names a class body assigns are class names (LOAD_NAME), never cells: an enclosing function's
# local of the same name is out of reach, for the body and for its methods.
def f():
    x = 1

    class C:
        try:
            print(x)
        except NameError as e:
            print("NameError", e)
        x = 2
        print(x)
        y = x

    return C


print(f().y)


def g():
    x = 1

    class C:
        nonlocal_x = x

        def m(self):
            return x

    return C


print(g()().m(), g().nonlocal_x)
x = "glob"


def h():
    x = "loc"

    class C:
        global x
        y = x

    return C.y


print(h())


def k():
    a = 1

    class C:
        a = 2

        def m(self):
            return a

    return C().m()


try:
    print(k())
except NameError as e:
    print("NameError", e)
z = "gz"


def k3():
    z = "lz"

    class C:
        print(z)
        z = 3

    return C.z, z


print(k3())


def k5():
    v = 1

    class C:
        def m(self):
            return v

    return C().m()


print(k5())


def k6():
    w = 1

    class C:
        del w

    return C


try:
    k6()
except KeyError as e:
    print("KeyError", e)
try:
    del undefined_name
except KeyError as e:
    print("KeyError", e)
