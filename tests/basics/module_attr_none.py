# A module attribute whose value is None is still an attribute (getattr, hasattr, dir, from-import).
import __main__ as m

Z = None
print(m.Z, getattr(m, "Z", "missing"), hasattr(m, "Z"), "Z" in dir(m))
from __main__ import Z as Z2

print(Z2)
