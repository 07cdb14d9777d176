# del of names, attributes, items, slices, tuples; errors for missing targets
a = 1
del a
try:
    a
except NameError as e:
    print("NameError", e)
try:
    del a
except Exception as e:
    print("del twice", type(e).__name__, e)

b, c, d = 1, 2, 3
del b, c
print("d" in dir(), "b" in dir(), "c" in dir())
e, f = 4, 5
del (e, f)
print([n for n in ("e", "f") if n in dir()])

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
try:
    del lst[::2]
except NotImplementedError:
    print("extended slice del: NotImplementedError")
print(lst)
del lst[:]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)

dct = {"x": 1, "y": 2, 3: "z"}
del dct["x"], dct[3]
print(dct)
try:
    del dct["nope"]
except KeyError as e:
    print("KeyError", e)

class O:
    cls_attr = 1
o = O()
o.v = 1
del o.v
try:
    del o.v
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError", e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

# del of locals inside functions
def loc():
    x = 1
    del x
    try:
        return x
    except NameError as e:
        return "NameError " + str(e)
print(loc())

def loc_closure():
    x = 1
    def get():
        return x
    del x
    try:
        return get()
    except NameError as e:
        return "closure NameError " + str(e)
print(loc_closure())

# del on immutable containers
for obj, key in [((1, 2), 0), ("ab", 0), (b"ab", 0), (range(3), 1), (frozenset(), 0)]:
    try:
        del obj[key]
    except TypeError as e:
        print(type(obj).__name__, "TypeError", e)

# del nested targets
m = [[1, 2, 3], {"k": [4, 5]}]
del m[0][1], m[1]["k"][0]
print(m)

# del in loop and globals
for i in range(3):
    tmp = i
    del tmp
print("tmp" in globals(), "i" in globals())
for src in ["del [g, h]", "del 1", "del f()", "del (a + b)", "del [a, 1]"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e)
