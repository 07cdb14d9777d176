# oracle: unix
# requires: viper
import micropython


@micropython.viper
def safe_index(lst, i: int) -> int:
    try:
        return int(lst[i])
    except IndexError:
        return -1


@micropython.viper
def parse(s) -> int:
    # int() in viper casts an object to a machine word: it does not parse strings
    try:
        v = int(s)
    except TypeError:
        v = -1
    return v * 2


@micropython.viper
def count_errors(items) -> int:
    errors = 0
    for x in items:
        try:
            divmod(10, x)
        except ZeroDivisionError:
            errors += 1
        except TypeError:
            errors += 100
    return errors


print(safe_index([5, 6], 1), safe_index([5, 6], 2))
print(parse(21), parse(True), parse("21"), parse(None))
print(count_errors([1, 0, 2, 0, "a"]))
