# oracle: unix
# requires: viper
# (An integer division by a zero machine word is undefined: it traps on x86-64 and gives 0 on
# Cortex-M; this program divides Python ints instead.)
import micropython


log = []


@micropython.viper
def with_finally(x: int) -> int:
    y = 0
    try:
        y = int(divmod(100, x)[0])
    finally:
        log.append(x)
    return y


@micropython.viper
def finally_in_loop(n: int) -> int:
    s = 0
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            s += i
        finally:
            s += 1000
    return s


print(with_finally(5), log)
try:
    with_finally(0)
except ZeroDivisionError:
    print("ZeroDivisionError", log)
print(finally_in_loop(10), finally_in_loop(2))
