# oracle: strip-native
import micropython
@micropython.native
def loop_fin(n):
    log = []
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log
print(loop_fin(10))
@micropython.native
def nested_exc():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")
    except ValueError as e:
        return str(e)
print(nested_exc())
