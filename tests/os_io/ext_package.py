# oracle: unix
# A package folder shadows an extensible built-in just as a module file does.
import sys

sys.path.insert(0, "_ext")
import collections

c = collections.Counter("abracadabra")
print(sorted(c.items()))
d = collections.OrderedDict([("z", 1), ("a", 2)])
print(list(d.keys()), collections.namedtuple("P", "x y")(1, 2))
print(collections.__name__, "__path__" in dir(collections) or hasattr(collections, "__path__"))
from collections import deque

print(deque((1, 2), 5).popleft())
