import _helper_mod
import _helper_mod as hm
from _helper_mod import VALUE, double as dbl
print(_helper_mod.VALUE, hm is _helper_mod, VALUE, dbl(21))
print(_helper_mod.__name__, hm.double(4))
print(sorted(n for n in dir(_helper_mod) if not n.startswith("_")))
