# oracle: strip-native
import micropython
@micropython.native
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return "div: %s" % e
    finally:
        print("finally", a, b)
print(safe_div(7, 2))
print(safe_div(7, 0))
@micropython.native
def raiser(kind):
    if kind == 1:
        raise ValueError("native raise")
    return kind
try:
    raiser(1)
except ValueError as e:
    print("caught", e)
print(raiser(5))
