# oracle: unix
# requires: viper
import micropython

# Loads and stores: only pointers can be indexed, with machine-word indices, storing words.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f(x: int) -> int:\n    return x[0]")
compile_viper("def f(x: int):\n    x[0] = 1")
compile_viper("def f(p: ptr8):\n    p[0] = None")
compile_viper("def f(p: ptr8):\n    p[0] = 1.5")
compile_viper("def f(p: ptr16):\n    p[0] = p")
compile_viper("def f(p: ptr32) -> int:\n    return p['a']")
compile_viper("def f(p: ptr32):\n    p[1.5] = 1")
compile_viper("def f(p: ptr8, i: int) -> int:\n    return p[i]")
