# dicts print in MicroPython's table order with ", " and ": "
import json
print(json.dumps({}))
print(json.dumps({"a": 1}))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
d = {}
for i in range(12):
    d["k" + str(i)] = i
print(json.dumps(d))
print(json.dumps([{}, {"x": {}}]))
