# oracle: unix
# requires: viper
import micropython

# range() loops use a machine-word counter only when the step is a constant: with a variable
# step the loop variable is an object, which cannot index a pointer.


def compile_viper(src):
    try:
        exec("@micropython.viper\n" + src)
    except Exception as e:
        print(type(e).__name__, e.args)
    else:
        print("compiled")


compile_viper("def f(p: ptr8, n: int, k: int) -> int:\n    s = 0\n    for i in range(0, n, k):\n        s += p[i]\n    return s")
compile_viper("def f(p: ptr8, n: int) -> int:\n    s = 0\n    for i in range(0, n, 2):\n        s += p[i]\n    return s")
compile_viper("def f(p: ptr8, n: int) -> int:\n    s = 0\n    for i in range(n - 1, -1, -1):\n        s += p[i]\n    return s")


@micropython.viper
def every_other(p: ptr8, n: int) -> int:
    s = 0
    for i in range(0, n, 2):
        s += p[i]
    return s


print(every_other(bytes(range(10)), 10))
