# traceback lines of multi-line expressions: each '.', '(' and '[' trailer records its own line
import sys
def show(fn):
    try:
        fn()
    except Exception as e:
        sys.print_exception(e, sys.stdout)
class O:
    x = None
    def m(self, *a):
        return None
o = O()
def t1():
    return (o
            .x
            .y)
show(t1)
def t2():
    return (o
        .m(
        1,
        2)
        .z)
show(t2)
def t3():
    d = {}
    return (d
        [
        "k"
        ])
show(t3)
def t4():
    f = None
    return (f
        (
        1
        ))
show(t4)
def t5():
    (o.x
        .q) = 5
show(t5)
def t6():
    (o
     .m()
     .q) = 5
show(t6)
def t7():
    (o
     .x
     [1]) = 5
show(t7)
def t8():
    return (o.x
       +
       1)
show(t8)
def t9():
    return [1,
            2][
                5]
show(t9)
def t10():
    o.m(1,
        2,
        o.x.y)
show(t10)
def t11():
    return -(
        o.x)
show(t11)
def t12():
    x = o.x
    x += (
        1)
show(t12)
def t13():
    return o.x(
        1)
show(t13)
def t14():
    return not (o.q
        )
show(t14)
def t15():
    return {
        "a": 1,
        "b": o.zz,
    }
show(t15)
def t16():
    return (1,
        2, o.
        zz)
show(t16)
def t17():
    return o.x if (o.
        zz) else 0
show(t17)
def t18():
    a, b = (
        1)
show(t18)
def t19():
    for i in (
        None):
        pass
show(t19)
def t20():
    return (yield
        o.zz)
show(lambda: next(t20()))
def t21():
    return [x for x in
        o.zz]
show(t21)
def t22():
    return lambda: (
        o.zz)
show(t22())
def t23():
    assert (
        o.x), (
        o.zz)
show(t23)
def t24():
    raise (
        o.zz)
show(t24)
def t25():
    del (o
        .zz)
show(t25)
def t27():
    x = 1 if o.x else (
        o.zz)
show(t27)
def t28():
    print(*(
        o.zz))
show(t28)
def t29():
    return o.x < (
        o.zz)
show(t29)
def t30():
    return o.x and (
        o.zz)
show(t30)
print("done")
