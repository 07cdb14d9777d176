# oracle: unix, strip-native
import micropython


log = []


@micropython.native
def returns_in_try(x):
    try:
        log.append("try %d" % x)
        if x:
            return "early"
    finally:
        log.append("finally %d" % x)
    return "late"


@micropython.native
def finally_overrides():
    try:
        return 1
    finally:
        return 2


@micropython.native
def loop_with_finally(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


@micropython.native
def nested_finally():
    try:
        try:
            raise KeyError("k")
        finally:
            log.append("inner")
    except KeyError as e:
        log.append("caught %s" % e)
    finally:
        log.append("outer")


print(returns_in_try(1), returns_in_try(0), log)
print(finally_overrides(), loop_with_finally(5))
nested_finally()
print(log[-3:])
