# try/except/else/finally ordering under every outcome, nested handlers and re-raising
def run(action):
    log = []
    try:
        try:
            log.append("try")
            if action == "raise":
                raise ValueError("v")
            if action == "other":
                raise KeyError("k")
            if action == "return":
                return log + ["returned"]
        except ValueError:
            log.append("except")
        else:
            log.append("else")
            if action == "else-raise":
                raise IndexError("from else")
        finally:
            log.append("finally")
    except (KeyError, IndexError) as e:
        log.append("outer " + type(e).__name__)
    return log
for a in ["none", "raise", "other", "return", "else-raise"]:
    print(a, run(a))

# exception raised in except handler, finally still runs
def handler_raises():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError("in handler")
        finally:
            print("finally after handler raise")
    except TypeError as e:
        print("caught", e)
handler_raises()

# bare raise in a nested function re-raises the active exception
def reraiser():
    raise
try:
    try:
        raise OSError("active")
    except OSError:
        reraiser()
except OSError as e:
    print("reraised", e)
except RuntimeError as e:
    print("RuntimeError", e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

# except clauses tried in order; tuple of classes; base class catches subclass
for exc in [ZeroDivisionError, ArithmeticError, LookupError, KeyError, Exception]:
    try:
        raise exc
    except (KeyError, ZeroDivisionError) as e:
        print(exc.__name__, "-> first")
    except ArithmeticError:
        print(exc.__name__, "-> second")
    except Exception:
        print(exc.__name__, "-> third")

# else with loops inside try
def loops():
    try:
        for i in range(2):
            pass
    except Exception:
        pass
    else:
        return "else sees i=%d" % i
print(loops())

# exception inside finally replaces the original
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
except Exception as e:
    print(type(e).__name__, e)

# catching with a non-exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError", e)
except ValueError:
    print("ValueError passed through")
