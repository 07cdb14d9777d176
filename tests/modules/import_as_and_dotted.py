import pkg.sub as ps
import pkg.nested.deep as pnd
print(ps.name(), pnd.where())
import pkg.nested
print(pkg.nested.LEVEL, hasattr(pkg, "nested"))
from pkg.nested.deep import where as w
print(w() == pnd.where())
