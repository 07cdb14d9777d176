# generator.pend_throw: the exception is thrown at the next resume in place of what is sent;
# it returns the previously pending value; re-entry is refused.
def pt():
    try:
        yield 1
        yield 2
    except Exception as e:
        print("pt got", repr(e))
        yield 3


p = pt()
next(p)
print(p.pend_throw(ValueError("a")))
print(p.pend_throw(KeyError("b")))
print(next(p))
print(p.pend_throw(None))
try:
    next(p)
except StopIteration:
    print("stopped")
q = pt()
print(q.pend_throw(TypeError("before start")))
try:
    next(q)
except TypeError as e:
    print("TypeError", e)
try:
    next(q)
except StopIteration:
    print("stopped")


def selfish():
    yield me.pend_throw(1)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
r = pt()
next(r)
r.pend_throw(OSError(5))
try:
    r.send(9)
except StopIteration:
    pass
print(next(r, "done"))
