class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn-" + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "nope"))
class Rec:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v * 2)
r = Rec()
r.a = 5
print(r.a)
class Del:
    def __delattr__(self, k):
        print("delattr", k)
Del().__delattr__ if False else None
x = Del()
del x.anything
print(getattr(d, "missing", "default"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
