# attributes of closures: a store the function cannot take is silently dropped, as in MicroPython
def outer():
    def w():
        return w.calls
    try:
        w.calls = 0
        print("stored")
    except AttributeError as e:
        print("store", e)
    try:
        print(w.calls)
    except AttributeError as e:
        print("load", e)
    try:
        print(w())
    except AttributeError as e:
        print("inner load", e)
    return w
outer()
def plain():
    pass
try:
    plain.x = 1
    print("plain stored", plain.x)
except AttributeError as e:
    print("plain", e)
print(plain.__name__)
w = outer()
print(w.__name__)
try:
    print(w.__globals__ is globals())
except AttributeError as e:
    print(e)
for attr in ["__name__", "__globals__", "__class__", "other"]:
    try:
        setattr(w, attr, 1)
        print("set", attr)
    except AttributeError as e:
        print("set", attr, e)
    try:
        delattr(w, attr)
        print("del", attr)
    except AttributeError as e:
        print("del", attr, e)
print(w.__name__)
