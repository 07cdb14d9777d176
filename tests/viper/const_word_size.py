# oracle: board
# requires: viper
import micropython

# On a 32-bit board a literal beyond the small-int range (-2**30..2**30-1) is an object
# constant, not a machine word: int(...) or uint(...) turns it into one.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f() -> int:\n    return 0x3FFFFFFF")
compile_viper("def f() -> int:\n    return 0x40000000")
compile_viper("def f() -> int:\n    x = 1\n    x = 0x7FFFFFFF")
compile_viper("def f() -> int:\n    return int(0x7FFFFFFF)")
compile_viper("def f() -> uint:\n    return uint(0xFFFFFFFF)")


@micropython.viper
def limits() -> object:
    a = int(0x7FFFFFFF)
    b = uint(0xFFFFFFFF)
    return (a, a + 1, b, b + 1, 0x40000000)


print(limits())
