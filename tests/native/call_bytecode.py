# oracle: unix, strip-native
import micropython


def py_double(x):
    return 2 * x


@micropython.native
def native_apply(f, items):
    return [f(v) for v in items]


def py_apply(f, items):
    return [f(v) for v in items]


@micropython.native
def native_inc(x):
    return x + 1


@micropython.native
def hop_native(n):
    return n if n <= 0 else hop_py(n - 1) + 1


def hop_py(n):
    return n if n <= 0 else hop_native(n - 1) + 10


print(native_apply(py_double, [1, 2]), py_apply(native_inc, [1, 2]))
print(native_apply(native_inc, [5]), native_apply(len, ["ab", ""]))
print(hop_native(5), hop_py(5))
