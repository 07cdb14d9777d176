# Imports its own name with a u-prefix: only built-in modules have u-aliases, so this must
# fail rather than find this half-imported module.
from u_u_self_star import *

VALUE = 1
