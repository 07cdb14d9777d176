# oracle: allow-errors
print("importing")
import _err_mod_missing_xyz
