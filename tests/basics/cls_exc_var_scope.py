# `except E as name` unbinds the name afterwards; exceptions raised inside handlers
e = "outer value"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as ex:
    print("NameError", ex)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    try:
        return err
    except NameError as ex:
        return "local unbound: %s, saved %s" % (type(ex).__name__, type(saved).__name__)
print(f())
def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
try:
    handler_raises()
except ValueError as e2:
    print("ValueError", e2)
except KeyError:
    print("wrong")
def nested():
    try:
        try:
            raise TypeError("t")
        except TypeError as inner:
            print("inner", inner)
            raise
    except TypeError as outer:
        print("outer", outer)
        return outer
r = nested()
print(type(r).__name__, r.args)
for i in range(3):
    try:
        if i % 2:
            raise IndexError(i)
    except IndexError as loop_e:
        print("caught", loop_e)
    else:
        print("no error", i)
try:
    loop_e
except NameError:
    print("loop_e unbound")
def bare_reraise_outside():
    raise
try:
    bare_reraise_outside()
except RuntimeError as e3:
    print("RuntimeError", e3)
except Exception as e3:
    print(type(e3).__name__, e3)
