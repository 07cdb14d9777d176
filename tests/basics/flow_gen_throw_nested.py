# throw() into generators suspended inside nested try blocks and handlers
def nested():
    try:
        try:
            yield "inner try"
        except KeyError:
            yield "inner except"
            raise
        finally:
            yield "inner finally"
    except KeyError as e:
        yield "outer except " + repr(e.args)
    finally:
        yield "outer finally"

def drive(actions):
    g = nested()
    out = [next(g)]
    for a in actions:
        try:
            if a == "next":
                out.append(next(g))
            else:
                out.append(g.throw(a))
        except StopIteration:
            out.append("stop")
            break
        except Exception as e:
            out.append("raised " + type(e).__name__)
            break
    return out

print(drive(["next", "next", "next"]))
print(drive([KeyError, "next", "next", "next", "next"]))
print(drive([KeyError, KeyError, "next", "next"]))
print(drive([ValueError, "next", "next"]))
print(drive([KeyError, "next", ValueError, "next"]))
print(drive(["next", KeyError, "next"]))
print(drive(["next", "next", KeyError, "next"]))

# the exception being handled when a generator yields inside an except block
import sys
def handler_yield():
    try:
        raise IndexError("during")
    except IndexError:
        yield "in handler"
        yield "still in handler"
    yield "after"
g = handler_yield()
for v in g:
    print(v)

# throw a new exception while suspended in an except handler
def in_handler():
    try:
        raise IndexError("first")
    except IndexError as e:
        try:
            yield "suspended"
        except ValueError as e2:
            yield "got %s while handling %s" % (e2, e)
g = in_handler()
print(next(g), g.throw(ValueError("second")))

# return value from a finally after throw
def fin_ret():
    try:
        yield 1
    finally:
        return "from finally"
g = fin_ret()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("stop value", e.value)
except KeyError:
    print("KeyError escaped")
