# oracle: unix
# requires: viper
import micropython

# Operators viper does not implement on machine words, and mixing words with objects.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f(x: int) -> int:\n    return x ** 2")
compile_viper("def f(x: int) -> int:\n    return x / 2")
compile_viper("def f(x: int) -> int:\n    return x @ 2")
compile_viper("def f(x: int, y) -> int:\n    return x + y")
compile_viper("def f(x: int, y) -> int:\n    return x < y")
compile_viper("def f(x: int) -> int:\n    return x // 2.5")
compile_viper("def f(x: int) -> int:\n    return x in [1]")
compile_viper("def f(x: uint, y: int) -> bool:\n    return x < y")
compile_viper("def f(x: int) -> int:\n    return x * 2 + 1")
