def f(level):
    try:
        if level == 0:
            raise ValueError("deep")
        f(level - 1)
    except TypeError:
        print("never")
    finally:
        print("unwind", level)
try:
    f(3)
except ValueError as e:
    print("top", e)
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError as inner:
            print("inner", repr(inner))
        print("back in outer handler")
        raise
except KeyError as e:
    print("reraised original", repr(e))
