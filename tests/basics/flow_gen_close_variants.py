# generator close(): unstarted, finished, finally blocks, ignoring GeneratorExit
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")

g = g1()
print(g.close())
g = g1()
next(g)
print("close ->", g.close())
print("close twice ->", g.close())
print(list(g))

def ignore():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")

g = ignore()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def catch_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return 42
g = catch_and_return()
next(g)
print("close returned", g.close())

def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
g = raise_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = nested_finally()
next(g)
g.close()

# GeneratorExit is a BaseException, not an Exception
def broad():
    try:
        yield 1
    except Exception:
        print("should not catch")
    finally:
        print("broad finally")
g = broad()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# close a finished generator
def short():
    yield 1
g = short()
print(list(g), g.close())

# close from a loop
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("counter closed at", i)
c = counter()
for x in c:
    if x == 3:
        c.close()
print("after loop")
