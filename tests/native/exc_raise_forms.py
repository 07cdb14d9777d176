# oracle: unix, strip-native
import micropython

# Native code needs an argument to raise (a bare re-raise is a MicroPython limitation), so a
# caught exception is raised again by name.


@micropython.native
def reraise_by_name(x):
    try:
        return {"a": 1}[x]
    except KeyError as e:
        print("logging", x)
        raise e


@micropython.native
def raise_class_or_instance(kind):
    if kind:
        raise OSError
    raise OSError(5, "io")


@micropython.native
def raise_stored(exc):
    raise exc


@micropython.native
def raise_made(cls, *args):
    raise cls(*args)


cases = (
    (reraise_by_name, ("b",)),
    (raise_class_or_instance, (1,)),
    (raise_class_or_instance, (0,)),
    (raise_stored, (IndexError("stored"),)),
    (raise_made, (ValueError, 1, 2)),
)
for f, args in cases:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e.args)
print(reraise_by_name("a"))
