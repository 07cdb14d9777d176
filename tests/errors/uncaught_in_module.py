import _raising_mod
print("imported")
_raising_mod.explode(3)
