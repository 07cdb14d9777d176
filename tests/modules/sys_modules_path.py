import sys
import _mod_counter
import _mod_counter as again
print(_mod_counter is again, _mod_counter.LOADS)
print("_mod_counter" in sys.modules, sys.modules["_mod_counter"] is _mod_counter)
del sys.modules["_mod_counter"]
import _mod_counter as third
print(third is again, third.LOADS)
print("" in sys.path or sys.path[0] != None)
