# Extends the built-in time: the built-in is reached with sys.path emptied.
import sys

_path = sys.path
sys.path = ()
try:
    from time import *
    import time as _builtin
finally:
    sys.path = _path
    del _path

print("time.py ran as", __name__)


def extra():
    return "extra"


def builtin_module():
    return _builtin
