# oracle: unix (the WebAssembly build has collections as a frozen package, which imports more)
# The builtins module: storing a name overrides it for lookups (not for builtins.x), deleting
# ends the override; builtins.__import__ and __build_class__ replace what import and class use.
import builtins

builtins.foo = 5
print(foo)
print(hasattr(builtins, "foo"), "foo" in builtins.__dict__)
builtins.len = lambda x: 42
print(len([1]))
del builtins.len
print(len([1]))
for name in ("foo3", "abs"):
    try:
        delattr(builtins, name)
    except KeyError as e:
        print("KeyError", e)
del builtins.foo
try:
    foo
except NameError as e:
    print("NameError", e)
orig_import = builtins.__import__


def my_import(name, globs, locs, fromlist, level):
    print("import", name, type(globs).__name__, locs, fromlist, level)
    return orig_import(name, globs, locs, fromlist, level)


builtins.__import__ = my_import
import math
from collections import deque
import json as j

del builtins.__import__
import errno

orig_build = builtins.__build_class__


def build(f, name, *bases, **kw):
    print("build", name, bases, kw)
    return orig_build(f, name, *bases, **kw)


builtins.__build_class__ = build


class X:
    pass


class Y(X):
    pass


del builtins.__build_class__


class Z:
    pass


print(Y.__name__, Y.__bases__, Z.__name__)
