import pkg
print(pkg.INIT_VALUE, pkg.__name__)
import pkg.sub
print(pkg.sub.name())
from pkg import sub as s2
print(s2 is pkg.sub)
from pkg.sub import name
print(name())
import pkg.nested.deep
print(pkg.nested.deep.where())
from pkg.nested import deep
print(deep.where() == pkg.nested.deep.where())
