# generator and coroutine methods: arities, throw's argument forms, and __next__ as the builtin next bound to the iterator
def gen():
    yield 1
    yield 2
async def coro():
    return 1
for label, mk in [("generator", gen), ("coroutine", coro), ("genexpr", lambda: (x for x in [1, 2]))]:
    for meth in ["send", "throw", "close", "pend_throw", "__next__", "__iter__"]:
        row = []
        for k in range(4):
            g = mk()
            m = getattr(g, meth, None)
            if m is None:
                row.append("missing")
                break
            try:
                r = m(*([ValueError] * k))
                row.append("ok" if r is None or isinstance(r, int) else type(r).__name__)
            except TypeError as e:
                row.append("TypeError: " + str(e))
            except Exception as e:
                row.append(type(e).__name__)
        try:
            getattr(mk(), meth)(qq=1)
            row.append("kw ok")
        except TypeError as e:
            row.append("kw: " + str(e))
        except Exception as e:
            row.append("kw " + type(e).__name__)
        print(label, meth, row)
g = gen()
print(next(g), g.throw(ValueError, ValueError("x"), None) if False else "skip")
for args in [(ValueError, "v"), (ValueError, ValueError("w")), (ValueError("i"), None), (ValueError, None, None)]:
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except Exception as e:
        print(args, type(e).__name__, e)

def g():
    yield 1
    return 5
x = g()
print(x.__next__())
try:
    x.__next__()
except StopIteration as e:
    print("stop", e.args, e.value)
print(x.__next__("dflt"))
it = iter([1])
print(it.__next__(), it.__next__(0))
print(iter([]).__next__(None))
class I:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(I().__next__ is not None)
m = map(abs, [-1])
print(m.__next__(), m.__next__("end"))
def h():
    yield from g()
y = h()
print(y.__next__())
try:
    print(y.__next__())
except StopIteration as e:
    print("stop", e.value)
print(type(g().__next__).__name__)
