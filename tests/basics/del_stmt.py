x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
l = [0, 1, 2, 3, 4]
del l[1]
del l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    a
except NameError:
    print("a gone")
def f():
    v = 3
    del v
    try:
        return v
    except NameError as e:
        return "local deleted"
print(f())
