def g1():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally g1")
g = g1()
print(next(g))
g.close()
g.close()
print("closed twice ok")
def g2():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = g2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g3():
    yield 1
g = g3()
g.close()
print(list(g))
