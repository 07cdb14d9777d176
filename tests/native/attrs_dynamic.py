# oracle: unix, strip-native
import micropython


class Bag:
    pass


@micropython.native
def fill(obj, names):
    for i, n in enumerate(names):
        setattr(obj, n, i * i)
    return [getattr(obj, n) for n in names]


@micropython.native
def probe(obj, name):
    return hasattr(obj, name), getattr(obj, name, "missing")


b = Bag()
print(fill(b, ["a", "b", "c"]))
print(probe(b, "b"), probe(b, "zz"))
try:
    getattr(b, "zz")
except AttributeError:
    print("AttributeError")
