# re-raising: bare raise, raise e, raise in finally, exceptions replacing others, tracebacks kept
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        raise
def level1():
    try:
        level2()
    except KeyError as e:
        raise e
try:
    level1()
except KeyError as e:
    print("KeyError", e)
def finally_replaces():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("replacement")
try:
    finally_replaces()
except Exception as e:
    print(type(e).__name__, e)
def handler_then_finally():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise IndexError("b")
        finally:
            print("inner finally")
try:
    handler_then_finally()
except Exception as e:
    print(type(e).__name__, e)
def swallow_in_finally():
    for _ in range(1):
        try:
            raise RuntimeError("swallowed")
        finally:
            continue
    return "continued"
print(swallow_in_finally())
saved = None
try:
    raise OSError(5, "io")
except OSError as e:
    saved = e
try:
    raise saved
except OSError as e:
    print(e is saved, e.args, e.errno)
class Custom(Exception):
    pass
def raise_class_with_args():
    raise Custom
try:
    raise_class_with_args()
except Custom as e:
    print("Custom", e.args, repr(e))
try:
    raise Custom("x") from None
except Custom as e:
    print("from None", e)
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
for bad in (5, "str", len, object(), None):
    try:
        raise bad
    except TypeError as e:
        print("TypeError", e)
