# generator throw(): class vs instance, unstarted, caught and resumed, re-raised, return value
def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught ValueError", e.args)
            n += 10
        except KeyError:
            print("caught KeyError")
            return "bye"
        n += 1

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError("x", 2)))
print(next(g))
try:
    g.throw(KeyError)
except StopIteration as e:
    print("stop value", e.value)
try:
    g.throw(ValueError)
except Exception as e:
    print("after finish raises", type(e).__name__)

# throw into an unstarted generator: raised at the start, body never runs
def body():
    print("body runs")
    yield 1
g = body()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("unstarted", e)
print(list(g))

# exceptions not caught propagate out of throw
def passthru():
    try:
        yield 1
    finally:
        print("finally in passthru")
g = passthru()
next(g)
for exc in [TypeError, OSError(5), ZeroDivisionError("z")]:
    try:
        g.throw(exc)
    except Exception as e:
        print(type(e).__name__, e)

# throw with a non-exception
def one():
    yield 1
g = one()
next(g)
for bad in [1, "s", None, object]:
    try:
        g.throw(bad)
    except TypeError as e:
        print("TypeError", e)
    except StopIteration:
        print("stop")

# the thrown exception can be replaced by another one
def replace():
    try:
        yield 1
    except ValueError:
        raise RuntimeError("replaced")
g = replace()
next(g)
try:
    g.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e)

# yield in the except handler after a throw
def handler_yields():
    try:
        yield "a"
    except Exception as e:
        yield "handled " + type(e).__name__
        yield "still"
    yield "end"
g = handler_yields()
print(next(g), g.throw(AttributeError), next(g), next(g))
