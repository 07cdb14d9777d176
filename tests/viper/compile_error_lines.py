# oracle: unix
# requires: viper
import micropython
import sys

# The line a ViperTypeError reports is that of the first statement, in a list of two or more,
# to finish after the error (the rest of the list is not compiled, so a later error does not
# replace the message); with no such statement, the def's own line (not the decorator's).


def compile_viper(src):
    try:
        exec("x = 0\n@micropython.viper\n" + src)
    except Exception as e:
        sys.print_exception(e, sys.stdout)
    else:
        print("compiled")


# in a for-range condition after the body: the for statement
compile_viper(
    "def h(buf) -> int:\n    s = 0\n    for i in range(len(buf)):\n        s += 1\n        s += 2\n    return s"
)
# in an if condition before a body of two statements: the body's first statement
compile_viper("def h(buf) -> int:\n    if 1 + buf:\n        a = 1\n        b = 2\n    return 1")
# a one-statement body is no list: the enclosing statement
compile_viper("def h(buf) -> int:\n    if 1 + buf:\n        a = 1\n    return 1")
# a while condition is compiled after its body
compile_viper("def h(buf) -> int:\n    i = 0\n    while i < buf:\n        i += 1\n        i += 2\n    return i")
# a single-statement function body: the def line
compile_viper("def h(buf) -> int:\n    return 1 + buf")
# the first error's statement ends the list: its message stays
compile_viper("def h(buf) -> int:\n    n = 1\n    n = None\n    m = n + buf\n    return n")
# an error inside a nested else branch
compile_viper(
    "def h(buf) -> int:\n    x = 0\n    if x:\n        a = 1\n    else:\n        for i in range(buf):\n            a = 2\n            a = 3\n    return 1"
)
print("done")
