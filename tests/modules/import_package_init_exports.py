import pkg2
print(pkg2.helper(), pkg2.VERSION)
from pkg2 import helper
print(helper is pkg2.helper)
import pkg2.util
print(pkg2.util.TAG, pkg2.util.helper())
