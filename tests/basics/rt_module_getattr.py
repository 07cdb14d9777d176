# A module-level __getattr__ answers for names the module lacks (MICROPY_MODULE_GETATTR).
import _rt_mga

print(_rt_mga.x)
print(_rt_mga.missing)
print(getattr(_rt_mga, "other", "default"))
print(hasattr(_rt_mga, "zzz"), hasattr(_rt_mga, "x"))
from _rt_mga import dyn

print(dyn)
try:
    _rt_mga.zzz
except AttributeError as e:
    print("AttributeError", e)
import sys

try:
    sys.nonexistent
except AttributeError as e:
    print("AttributeError", e)
