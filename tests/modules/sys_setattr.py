# oracle: unix
# Attribute assignment on sys: only path, ps1 and ps2 are writable (MICROPY_PY_SYS_ATTR_DELEGATION);
# everything else, argv included, raises AttributeError as on the unix port.
import sys

saved_path = sys.path
for name, value in [
    ("argv", ["x"]),
    ("path", ["a"]),
    ("ps1", "$ "),
    ("ps2", "> "),
    ("modules", {}),
    ("stdout", None),
    ("maxsize", 5),
    ("exit", None),
    ("new_attr", 1),
]:
    try:
        setattr(sys, name, value)
        print(name, "set", getattr(sys, name) == value)
    except AttributeError as e:
        print(name, "AttributeError", e)
sys.path = saved_path
sys.ps1, sys.ps2 = ">>> ", "... "
print(sys.ps1, sys.ps2, sys.path is saved_path)
for name in ("argv", "ps1", "new_attr"):
    try:
        delattr(sys, name)
        print("del", name, "ok")
    except AttributeError as e:
        print("del", name, "AttributeError", e)
print(sys.argv[0].endswith("sys_setattr.py"), hasattr(sys, "ps1"))
sys.argv.append("extra")
print(sys.argv[-1])
