# BaseException subclasses that `except Exception` does not catch
def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration, ValueError, SystemExit(2)):
    print(attempt(exc))
class MyBase(BaseException):
    pass
class MyExc(Exception):
    pass
print(attempt(MyBase), attempt(MyExc("m")))
try:
    try:
        raise MyBase("b")
    except:
        print("bare except catches", end=" ")
        raise
except MyBase as e:
    print(type(e).__name__, e)
def gen():
    try:
        yield 1
        yield 2
    except Exception:
        print("never for GeneratorExit")
    finally:
        print("gen finally")
g = gen()
next(g)
g.close()
print("closed")
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = gen2()
next(g)
g.close()
def gen3():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = gen3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit", e.args, str(e))
print(issubclass(SystemExit, Exception), issubclass(MyBase, Exception), issubclass(MyExc, BaseException))
