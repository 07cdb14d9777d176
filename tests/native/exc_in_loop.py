# oracle: unix, strip-native
import micropython


@micropython.native
def parse_all(items):
    good = []
    bad = 0
    for s in items:
        try:
            good.append(int(s))
        except ValueError:
            bad += 1
            continue
        finally:
            good.append("|")
    return good, bad


@micropython.native
def retry(attempts):
    n = 0
    while True:
        try:
            n += 1
            if n < attempts:
                raise OSError(n)
            return n
        except OSError as e:
            print("retry after", e.args[0])


print(parse_all(["1", "x", "3", "", "-4"]))
print(retry(3))
