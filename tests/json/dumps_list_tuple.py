# lists and tuples both print as JSON arrays
import json
print(json.dumps([]))
print(json.dumps(()))
print(json.dumps([1, [2, [3, []]]]))
print(json.dumps((1,)))
print(json.dumps((1, (2, 3), [4, (5,)])))
print(json.dumps([None, True, "x", 1.0]))
