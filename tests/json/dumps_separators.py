# separators=(item, key), as a tuple or list
import json
v = {"a": [1, 2, (3, 4)], "b": {"c": None}}
print(json.dumps(v, separators=(",", ":")))
print(json.dumps(v, separators=[", ", ": "]))
print(json.dumps(v, separators=("", "")))
print(json.dumps(v, separators=(" ;; ", " => ")))
print(json.dumps([1, 2], separators=None))
print(json.dumps([1, 2], separators=(b"|", b"=")))
print(json.dumps({"k": [1]}, separators=("\u00e9", "\n")))
