# OrderedDict prints as a plain JSON object; namedtuple as its repr
import json
from collections import OrderedDict, namedtuple
od = OrderedDict()
od["z"] = 1
od["a"] = [2]
od["m"] = None
print(json.dumps(od))
print(json.dumps({"od": OrderedDict([("x", 1)])}))
P = namedtuple("P", ("x", "y"))
print(json.dumps(P(1, "a")))
print(json.dumps([P(None, True)]))
