a = None
b = None
print(a is b, id(a) == id(b), type(None)() is None if False else "skip")
def returns_none():
    return None
def implicit_none():
    x = 1
print(returns_none() is implicit_none())
print(None.__class__.__name__, str(None), bool(None), [None] * 2)
print(None if None else "falsy None")
d = {"k": None}
print(d.get("k", "default"), d.get("missing", "default"))
