# context managers in classes: reusable, reentrant, nested in loops/generators, exit order
class Res:
    depth = 0
    def __init__(self, name):
        self.name = name
        self.uses = 0
    def __enter__(self):
        Res.depth += 1
        self.uses += 1
        print("  " * Res.depth + "open", self.name, self.uses)
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Res.depth + "close", self.name, et.__name__ if et else "-")
        Res.depth -= 1
        return False
r = Res("r")
with r:
    with r:
        print("reentrant body")
with Res("a") as a, Res("b") as b:
    print("both", a.name, b.name)
def gen():
    with Res("gen"):
        yield 1
        yield 2
for v in gen():
    print("got", v)
g = gen()
next(g)
g.close()
try:
    with Res("x"), Res("y"):
        raise IndexError("in body")
except IndexError as e:
    print("IndexError", e)
def early():
    for name in ("p", "q"):
        with Res(name):
            if name == "q":
                return "returned inside with"
print(early())
class Timer:
    def __enter__(self):
        return "enter value"
    def __exit__(self, *exc):
        print("exit args", len(exc), exc[0] is None)
with Timer() as t:
    print(t)
