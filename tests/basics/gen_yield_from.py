def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
def delegating_throw():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "handled in outer"
g = delegating_throw()
next(g)
print(g.throw(ZeroDivisionError))
