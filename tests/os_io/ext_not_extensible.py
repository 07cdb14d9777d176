# oracle: unix
# math, gc, sys are not extensible: files of those names on sys.path are never imported.
import sys

sys.path.insert(0, "_ext")
import math
import gc

print(math.__name__, hasattr(math, "sqrt"), gc.__name__, callable(gc.collect))
print("math" in sys.modules, "gc" in sys.modules, "sys" in sys.modules)
