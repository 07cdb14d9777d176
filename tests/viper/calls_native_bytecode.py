# oracle: unix
# requires: viper
import micropython


@micropython.viper
def v_scale(x: int, k: int) -> int:
    return x * k


@micropython.native
def n_sum_scaled(items, k):
    total = 0
    for v in items:
        total += v_scale(v, k)
    return total


def py_call(x):
    return v_scale(x, 3) + n_sum_scaled([x], 2)


@micropython.viper
def v_calls_native(items) -> int:
    return int(n_sum_scaled(items, 10)) + 1


print(v_scale(7, 6), n_sum_scaled([1, 2, 3], 4))
print(py_call(5), v_calls_native([1, 2]))
