# oracle: unix, allow-errors
# The unix port's os has no os.path submodule, nor the CPython helpers built on it.
import os

for name in ("path", "walk", "makedirs", "removedirs", "getpid", "environ", "linesep", "curdir",
             "listdir", "sep", "stat", "fspath", "scandir", "replace", "dup", "close", "open"):
    print(name, hasattr(os, name))
try:
    import os.path
except ImportError as e:
    print("ImportError", e)
try:
    from os import path
except ImportError as e:
    print("ImportError", e)
print(os.sep, type(os.sep).__name__)
