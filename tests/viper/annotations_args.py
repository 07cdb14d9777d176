# oracle: unix
# requires: viper
import micropython

# Arguments annotated int/uint/bool are converted from Python objects on entry.


@micropython.viper
def take_int(x: int) -> int:
    return x + 1


@micropython.viper
def take_bool(x: bool) -> int:
    return 10 if x else 20


@micropython.viper
def take_object(x: object) -> object:
    return type(x).__name__


@micropython.viper
def take_plain(x):
    return x


print(take_int(5), take_int(True), take_int(-100))
print(take_bool(1), take_bool(0), take_bool([]), take_bool("s"))
print(take_object(1), take_object("s"), take_object(None))
print(take_plain([1, 2]), take_plain(None))
for bad in (2.5, "3", None):
    try:
        take_int(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
