# An exception's __traceback__ can only be cleared (set to None); nothing else is stored.
import sys


def f():
    raise ValueError("x")


try:
    f()
except ValueError as e:
    err = e
for v in (5, "a"):
    try:
        err.__traceback__ = v
    except AttributeError as ex:
        print("AttributeError", ex)
for name in ("__traceback__", "foo", "args", "__cause__"):
    try:
        getattr(err, name)
        print(name, "readable")
    except AttributeError as ex:
        print("AttributeError", ex)
sys.print_exception(err)
err.__traceback__ = None
sys.print_exception(err)
try:
    del err.__traceback__
except AttributeError as ex:
    print("AttributeError", ex)
try:
    err.foo = 1
except AttributeError as ex:
    print("AttributeError", ex)
