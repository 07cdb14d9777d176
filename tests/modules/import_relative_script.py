# oracle: unix
# A relative import in a plain script: MicroPython looks for the module's real name in the
# global __main__ (set only under -m), so the lookup fails with KeyError; once `import __main__`
# binds that global to the module, the name conversion fails instead.
for stmt in ("from . import _x", "from .. import _x", "from .foo import bar"):
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, repr(e))
import __main__

try:
    from . import _x
except Exception as e:
    print(type(e).__name__, repr(e))
