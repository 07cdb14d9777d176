e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("e was deleted after except")
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise
try:
    reraise()
except KeyError as err:
    print("reraised", repr(err))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as err:
    print("chained", err)
try:
    raise
except RuntimeError as err:
    print("RuntimeError", err)
def nested():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError:
        print("outer except")
    else:
        print("no")
nested()
