# oracle: unix
# requires: viper
import micropython

# The value returned must have the annotated type (object when there is no annotation).


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f(x: int):\n    return x")
compile_viper("def f(x: int) -> bool:\n    return x")
compile_viper("def f(x: bool) -> int:\n    return x")
compile_viper("def f(x: uint) -> int:\n    return x")
compile_viper("def f(x: int) -> uint:\n    return x")
compile_viper("def f(p: ptr8) -> int:\n    return p")
compile_viper("def f(x: int) -> ptr8:\n    return x")
compile_viper("def f() -> int:\n    return 'a'")
compile_viper("def f(x: int) -> int:\n    return len(x)")
compile_viper("def f(x: int) -> object:\n    return x")
compile_viper("def f(x: int) -> int:\n    return int(x) + 1")
