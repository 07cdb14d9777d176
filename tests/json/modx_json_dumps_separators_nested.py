# json.dumps: separators applied at every nesting level, empty containers with separators,
# dict item separator vs key separator independence
import json
v = [1, [2, [3, []]], {"a": {"b": {}}, "c": [{}]}, "x"]
for sep in ((",", ":"), ("|", "="), (",\n", ": "), (" ", " ")):
    print(repr(json.dumps(v, separators=sep)))
print(json.dumps({}, separators=("X", "Y")), json.dumps([], separators=("X", "Y")), json.dumps([[]], separators=("X", "Y")))
print(json.dumps({"k": 1}, separators=("X", "Y")), json.dumps([1, 2], separators=("X", "Y")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=("", "")))
