# Built-in modules' __dict__ and errno.errorcode are read-only tables (py/map.c is_fixed):
# every change raises a bare TypeError, before the key is looked up. They list their members in
# the table's order; a copy is an ordinary, writable dict.
import errno
import math
import cmath
import gc
import sys


def attempt(name, f):
    try:
        print(name, "ok", f())
    except Exception as e:
        print(name, type(e).__name__, e.args)


for label, d in (("math", math.__dict__), ("errorcode", errno.errorcode), ("sys", sys.__dict__)):
    key = next(iter(d))
    attempt(label + " setdefault", lambda: d.setdefault(key))
    attempt(label + " pop missing", lambda: d.pop("nope", 1))
    attempt(label + " popitem", lambda: d.popitem())
    attempt(label + " update", lambda: d.update())
    attempt(label + " update kw", lambda: d.update(a=1))
    attempt(label + " clear", lambda: d.clear())
    attempt(label + " get", lambda: d.get(key) is not None)
    attempt(label + " or", lambda: len(d | {"x": 1}) == len(d) + 1)

    def store():
        d["x"] = 1

    def delete():
        del d[key]

    def ior():
        e = d
        e |= {}

    for f in (store, delete, ior):
        attempt(label + " " + f.__name__, f)

print(list(math.__dict__))
print(list(cmath.__dict__))
print(list(errno.__dict__)[:4])
print(list(gc.__dict__))
print(cmath.__dict__ == cmath.__dict__.copy(), len(str(cmath.__dict__)))
c = cmath.__dict__.copy()
c["zz"] = 1
print(type(c), list(c)[:3], list(c)[-2:], c.popitem()[0], c.popitem()[0])
print(list(dict(cmath.__dict__))[:4])
print(list(errno.errorcode.items())[:3])
