# oracle: allow-errors
# from a package import a submodule: errors raised while importing it come through unchanged
try:
    from _pkg_err import bad
except ImportError as e:
    print("ImportError:", e)
try:
    from _pkg_err import missing
except ImportError as e:
    print("ImportError:", e)
from _pkg_err import good
print(good.X)
try:
    from sys import nothing_here
except ImportError as e:
    print("ImportError:", e)
