# oracle: unix
# requires: viper
import micropython

# A viper local keeps the type of its first assignment; a later source of another type is a
# compile-time ViperTypeError.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f():\n    x = 1\n    x = None")
compile_viper("def f(x: int):\n    x = 'a'")
compile_viper("def f(x: int):\n    y = x\n    y = [y]")
compile_viper("def f(x: int):\n    x = x < 1")
compile_viper("def f(x: int):\n    x = 1 if x else 'a'")
compile_viper("def f(x: int):\n    del x")
compile_viper("def f(x: int):\n    x += 'a'")
compile_viper("def f(o):\n    o = 1")
compile_viper("def f(x: int):\n    x = 2\n    x = x * 3")
