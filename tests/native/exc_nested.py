# oracle: unix, strip-native
import micropython


@micropython.native
def layers(x):
    trace = []
    try:
        trace.append("a")
        try:
            trace.append("b")
            if x == 1:
                raise ValueError
            try:
                if x == 2:
                    raise TypeError
                trace.append("c")
            except TypeError:
                trace.append("inner-type")
                raise TypeError("again")
        except ValueError:
            trace.append("mid-value")
    except TypeError:
        trace.append("outer-type")
    return trace


@micropython.native
def handler_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("while handling")
    except RuntimeError as e:
        return str(e)


print(layers(0), layers(1), layers(2))
print(handler_raises())
