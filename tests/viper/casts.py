# oracle: unix
# requires: viper
import micropython


@micropython.viper
def to_int(x) -> int:
    return int(x)


@micropython.viper
def to_uint(x) -> uint:
    return uint(x)


@micropython.viper
def int_to_bool(x: int) -> bool:
    return bool(x)


@micropython.viper
def bool_to_int(x: bool) -> int:
    return int(x) + 5


@micropython.viper
def cast_chain(x: int) -> int:
    u = uint(x)
    back = int(u)
    return back * 2


print(to_int(42), to_int(-7), to_int(True), to_int(False))
print(to_uint(3), to_uint(1 << 20))
print(int_to_bool(0), int_to_bool(-1), int_to_bool(9))
print(bool_to_int(True), bool_to_int(False))
print(cast_chain(12), cast_chain(-12))
