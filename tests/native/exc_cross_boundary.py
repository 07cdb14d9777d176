# oracle: unix, strip-native
import micropython


def bytecode_raise(kind):
    if kind == 1:
        raise IndexError("from bytecode")
    if kind == 2:
        return [][0]
    return "fine"


@micropython.native
def native_catches(kind):
    try:
        return bytecode_raise(kind)
    except IndexError as e:
        return "native caught: %s" % e


@micropython.native
def native_passes(kind):
    return bytecode_raise(kind)


def bytecode_catches(kind):
    try:
        return native_passes(kind)
    except IndexError as e:
        return "bytecode caught: %s" % e


@micropython.native
def native_reraises(kind):
    try:
        bytecode_raise(kind)
    except IndexError:
        raise KeyError(kind)


print([native_catches(k) for k in (0, 1, 2)])
print([bytecode_catches(k) for k in (0, 1, 2)])
for k in (1, 2):
    try:
        native_reraises(k)
    except KeyError as e:
        print("KeyError", e.args)
