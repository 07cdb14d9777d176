# oracle: unix
# requires: viper
import micropython

# Viper functions take positional arguments only: keywords are refused and defaults are not
# applied.


@micropython.viper
def add(a: int, b: int) -> int:
    return a + b


@micropython.viper
def five(a: int, b: int, c: int, d: int, e: int) -> int:
    return a * 10000 + b * 1000 + c * 100 + d * 10 + e


@micropython.viper
def with_default(a: int, b: int = 5) -> int:
    return a + b


print(add(2, 3), add(*[4, 5]), five(1, 2, 3, 4, 5), with_default(1, 2))
for call in (lambda: add(a=1, b=2), lambda: with_default(1), lambda: add(1, 2, 3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e.args)
