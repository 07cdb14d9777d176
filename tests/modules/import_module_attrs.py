import _helper_mod
_helper_mod.added = "set from importer"
import _helper_mod as again
print(again.added)
print(type(_helper_mod).__name__)
print(hasattr(_helper_mod, "double"), callable(_helper_mod.double))
m = __import__("_helper_mod")
print(m is _helper_mod)
print(__name__)
