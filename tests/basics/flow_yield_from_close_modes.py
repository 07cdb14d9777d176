# closing a yield-from chain: the leaf swallows, returns, raises StopIteration, or yields again
def leaf(mode):
    yield "l1"
    try:
        yield "l2"
    except GeneratorExit:
        print("leaf got GeneratorExit, mode", mode)
        if mode == "return":
            return "leaf-ret"
        if mode == "stop":
            raise StopIteration(99)
        if mode == "yield":
            yield "l-again"
        if mode == "raise":
            raise KeyError("from leaf")
        raise
    yield "l3"

def mid(mode):
    yield "m0"
    try:
        r = yield from leaf(mode)
        print("mid got", r)
    except GeneratorExit:
        print("mid got GeneratorExit")
        raise
    yield "m-end"

for mode in ["reraise", "return", "stop", "yield", "raise"]:
    g = mid(mode)
    print(next(g), next(g), next(g))
    try:
        g.close()
        print("closed")
    except Exception as e:
        print("close raised", type(e).__name__, e)
    try:
        print(next(g, "exhausted"))
    except BaseException as e:
        print("next raised", type(e).__name__)

# close propagated to a range iterator and to objects with and without close()
def over(it):
    yield from it
g = over(range(3))
print(next(g))
g.close()
print(next(g, "done"))

class WithClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "wc"
    def close(self):
        print("WithClose.close called")
class CloseRaises(WithClose):
    def close(self):
        raise OSError("close failed")
class CloseReturns(WithClose):
    def close(self):
        return "ignored"
for cls in [WithClose, CloseRaises, CloseReturns]:
    g = over(cls())
    print(next(g))
    try:
        print("close ->", g.close())
    except OSError as e:
        print("OSError", e)

# throw() into a chain whose leaf has no throw method falls back to raising in the delegator
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"
def catcher():
    try:
        yield from NoThrow()
    except ValueError as e:
        yield "delegator caught " + str(e)
g = catcher()
print(next(g), g.throw(ValueError("x")))
