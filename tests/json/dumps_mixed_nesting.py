# separators apply at every level; tuples inside dicts inside lists
import json
v = [{"a": (1, [2, {"b": ()}])}, ({"c": None},)]
print(json.dumps(v))
print(json.dumps(v, separators=(",", ":")))
print(json.dumps(v, separators=("|", "->")))
