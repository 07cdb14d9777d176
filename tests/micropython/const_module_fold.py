# oracle: unix
# name.attr of errno and math folds to the constant at compile time (MICROPY_COMP_MODULE_CONST),
# whatever the name is bound to when it runs; only a whole id.id expression folds.
import math, errno
from micropython import const
two_pi = const(2.0 * math.pi)
print(math.cos(two_pi))
math = 5
print(math.pi if False else "x")
def g():
    errno = None
    return errno.ENOENT
print(g())
import math
print(math.pi.real == math.pi, errno.ENOENT + errno.EIO)
try:
    print(math.nosuch)
except AttributeError as e:
    print("AttributeError", e)
