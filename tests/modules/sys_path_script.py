# oracle: unix
# sys.path[0] is the script's folder as an absolute real path (main.c takes realpath of the
# script), so modules beside it get absolute __file__ names; the script keeps the name it was
# given. The rest of sys.path comes from MICROPYPATH (".frozen:" in the corpus runners).
import os, sys
import _helper_mod

print(sys.path[0] == os.getcwd(), sys.path[0].startswith("/"))
print(_helper_mod.__file__ == sys.path[0] + "/_helper_mod.py", __file__)
print(sys.path[1:], sys.argv)
