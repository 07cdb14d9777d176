# A typical use: describe the running interpreter in one line.
import platform
import sys


def describe():
    lib, ver = platform.libc_ver()
    return {
        "impl": sys.implementation.name,
        "version": platform.platform().split("-")[1],
        "has_libc_field": isinstance(lib, str) and isinstance(ver, str),
        "compiler_is_str": isinstance(platform.python_compiler(), str),
    }


d = describe()
for k in sorted(d):
    print(k, d[k])
