# oracle: unix, strip-native
# (Native code does not check locals for being unbound: reading a local after `del` gives None
# on MicroPython instead of raising NameError, so this program deletes items and attributes only.)
import micropython


@micropython.native
def delete_things():
    lst = [0, 1, 2, 3, 4]
    del lst[1]
    del lst[-1]
    d = {"a": 1, "b": 2}
    del d["a"]
    s = set(lst)
    del lst[:1]
    return lst, d, sorted(s)


class Obj:
    pass


@micropython.native
def delete_attr(o):
    o.a = 1
    o.b = 2
    del o.a
    return hasattr(o, "a"), hasattr(o, "b")


print(delete_things())
print(delete_attr(Obj()))
