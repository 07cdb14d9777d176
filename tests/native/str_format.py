# oracle: unix, strip-native
import micropython


@micropython.native
def fmt(name, value, ratio):
    a = "%s=%d (%.2f)" % (name, value, ratio)
    b = "{}={:>5} [{:.3f}]".format(name, value, ratio)
    c = f"{name}:{value:04d}:{ratio * 100:.1f}%"
    return a, b, c


@micropython.native
def table(rows):
    lines = []
    for k, v in rows:
        lines.append("{:<6}|{:>4}".format(k, v))
    return "\n".join(lines)


@micropython.native
def reprs(x):
    return repr(x), str(x), "%r" % (x,)


print(fmt("x", 42, 0.125))
print(table([("one", 1), ("two", 22), ("three", 333)]))
print(reprs("q'uote"), reprs(b"\x00a"), reprs([1, "2"]))
print("{0}{1}{0}".format("ab", "cd"), "{:x} {:o} {:b}".format(255, 8, 5))
