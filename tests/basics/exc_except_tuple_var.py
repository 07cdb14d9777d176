errors = (ValueError, TypeError)
for bad in ("x", None, [1]):
    try:
        int(bad)
    except errors as e:
        print(type(e).__name__)
try:
    raise OSError(5, "io")
except (KeyError, OSError) as e:
    print("OSError args", e.args)
def which(exc):
    try:
        raise exc
    except (IndexError, KeyError):
        return "lookup"
    except BaseException:
        return "base"
print(which(IndexError()), which(KeyError()), which(KeyboardInterrupt()), which(GeneratorExit()))
