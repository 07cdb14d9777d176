# oracle: unix
# requires: viper
import micropython
# Viper has no unsigned division: // and % on uint words are a compile-time error ("div/mod not
# implemented for uint"); casting to int first divides signed words.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f(a: uint, b: uint) -> int:\n    return a // b")
compile_viper("def f(a: uint, b: uint) -> int:\n    return a % b")
compile_viper("def f(a: uint, b: uint) -> int:\n    return int(a) // int(b)")


@micropython.viper
def udivmod(a: uint, b: uint) -> object:
    q = int(a) // int(b)
    r = int(a) % int(b)
    return (q, r)


@micropython.viper
def to_base(x: uint, base: int) -> object:
    digits = []
    n = int(x)
    while n:
        digits.append(n % base)
        n = n // base
    digits.reverse()
    return digits


print(udivmod(100, 7), udivmod(0x7FFFFFFF, 0x10000))
print(to_base(255, 2), to_base(1000, 16), to_base(0, 10))
