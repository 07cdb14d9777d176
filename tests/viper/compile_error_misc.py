# oracle: unix
# requires: viper
import micropython

# Other things viper refuses at compile time.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f(x: foo):\n    pass")
compile_viper("def f() -> foo:\n    pass")
compile_viper("def f(x: int):\n    raise x")
compile_viper("def f(n: int):\n    yield n")
compile_viper("def f(b: bool) -> bool:\n    return not b")
compile_viper("def f(x: int) -> bool:\n    return not x")
compile_viper("def f(x: int) -> bool:\n    return bool(x)")
compile_viper("def f(x: int):\n    raise ValueError(x)")
