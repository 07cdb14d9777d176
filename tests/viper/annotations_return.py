# oracle: unix
# requires: viper
import micropython

# The return annotation says how the machine word is turned back into an object.


@micropython.viper
def ret_int(x: int) -> int:
    return x - 10


@micropython.viper
def ret_uint(x: int) -> uint:
    return uint(x) * uint(2)


@micropython.viper
def ret_bool(x: int) -> bool:
    return x == 3


@micropython.viper
def ret_object(x: int) -> object:
    return [x]


@micropython.viper
def ret_none(x: int):
    y = x + 1


@micropython.viper
def ret_nothing(x: int) -> int:
    return


print(ret_int(3), type(ret_int(3)).__name__)
print(ret_uint(21), ret_bool(3), ret_bool(4), type(ret_bool(4)).__name__)
print(ret_object(5), ret_none(1), ret_nothing(1))
