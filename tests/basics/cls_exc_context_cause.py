# raise ... from ..., __cause__/__context__ as MicroPython has them (not stored)
def show(e):
    print(type(e).__name__, e, [hasattr(e, a) for a in ("__cause__", "__context__", "__traceback__", "__suppress_context__")])
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    show(e)
try:
    raise ValueError("v") from None
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    show(e)
try:
    raise TypeError("t") from KeyError
except TypeError as e:
    show(e)
for bad in (1, "s", [1]):
    try:
        raise ValueError("x") from bad
    except Exception as e:
        print(type(e).__name__, e)
class E(Exception):
    pass
try:
    raise E from E()
except E as e:
    print("caught E", e.args)
try:
    raise E("a") from ValueError("b")
except Exception as e:
    print(type(e).__name__, e)
