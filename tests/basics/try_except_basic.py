def risky(k):
    if k == 0:
        raise ValueError("zero")
    if k == 1:
        raise KeyError("one")
    if k == 2:
        return 1 / 0
    return k
for k in range(4):
    try:
        r = risky(k)
    except ValueError as e:
        print("ValueError", e)
    except (KeyError, ZeroDivisionError) as e:
        print("group", type(e).__name__, e)
    else:
        print("else", r)
    finally:
        print("finally", k)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer caught", e)
try:
    raise IndexError
except Exception as e:
    print(type(e).__name__, e.args)
