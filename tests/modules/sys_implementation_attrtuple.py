# oracle: unix
# sys.implementation is an attribute tuple: dir() lists its fields (tab completion uses it),
# it indexes and iterates as a tuple, prints its type as tuple, yet is not a tuple instance.
import sys

impl = sys.implementation
print(dir(impl))
print(type(impl), isinstance(impl, tuple), len(impl))
print(impl[0], impl[1], impl[:2], impl[-1] == impl._thread)
print(list(impl)[:2], impl.name == impl[0], impl.version is impl[1])
print(impl == impl, "micropython" in impl, hash(impl) == hash(impl))
print(hasattr(impl, "count"), hasattr(impl, "index"), hasattr(impl, "cache_tag"))
print([n for n in dir(impl) if not n.startswith("__") and getattr(impl, n) is None])
try:
    impl.name = "x"
except AttributeError as e:
    print("AttributeError")
