# the parser is not recursive: deep nesting loads fine
import json
n = 20000
v = json.loads("[" * n + "]" * n)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth + 1)
d = json.loads('{"a": ' * 1000 + "1" + "}" * 1000)
depth = 0
while isinstance(d, dict):
    d = d["a"]
    depth += 1
print(depth, d)
