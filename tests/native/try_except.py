# oracle: unix, strip-native
import micropython


@micropython.native
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return "div by zero"


@micropython.native
def classify(x):
    try:
        return int(x)
    except (ValueError, TypeError) as e:
        return type(e).__name__
    except Exception:
        return "other"


@micropython.native
def try_else(x):
    log = []
    try:
        v = 10 // x
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else %d" % v)
    finally:
        log.append("finally")
    return log


print(safe_div(7, 2), safe_div(1, 0))
print(classify("12"), classify("x"), classify(None), classify(3.9))
print(try_else(2), try_else(0))
