import _helper_mod
print(_helper_mod.VALUE)
from pkg import sub
print(sub.name())
