# oracle: unix, strip-native
import micropython


class AppError(Exception):
    pass


@micropython.native
def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    if x == 0:
        raise AppError("zero", x)
    return x * 2


def caller(x):
    try:
        return check(x)
    except ValueError as e:
        return "ValueError(%s)" % e
    except AppError as e:
        return "AppError%r" % (e.args,)


print([caller(v) for v in (3, -1, 0)])
try:
    check(0)
except Exception as e:
    print(type(e).__name__, isinstance(e, AppError), e.args)
