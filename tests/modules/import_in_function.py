def lazy():
    import _helper_mod
    from _helper_mod import double
    return double(_helper_mod.VALUE)
print("before call")
print(lazy())
print("_helper_mod" in globals())
import sys
print("_helper_mod" in sys.modules)
