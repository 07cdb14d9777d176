# oracle: unix
# Without emptying sys.path, an extending module importing its own name gets itself.
import sys

sys.path.insert(0, "_ext")
import json

print(json.VALUE, hasattr(json, "dumps"), hasattr(json, "loads"))
sys.path = []
import json as builtin_json

print(builtin_json is json, builtin_json.dumps([1]))
sys.path = ["_ext"]
import json as j3

print(j3 is json)
