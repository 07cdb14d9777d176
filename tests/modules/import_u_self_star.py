# oracle: unix, allow-errors
# A u-prefixed name is an alias of a built-in module only: `from u<name> import *` inside a file
# module <name> raises ImportError instead of reaching the half-imported module itself.
import sys

try:
    import _u_self_star
except ImportError as e:
    print("ImportError:", e)
print("_u_self_star" in sys.modules)
import ujson, json

print(ujson is json)
try:
    import u_u_self_star
except ImportError as e:
    print("ImportError:", e)
