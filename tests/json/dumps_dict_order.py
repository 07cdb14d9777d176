# dict order follows MicroPython's hash table, mixed key types included
import json
d = {3: "c", "b": 2, 1.5: "f", None: 0, "a": 1, (1, 2): "t"}
print(json.dumps(d))
del d["b"]
d["z"] = 26
print(json.dumps(d))
print(json.dumps({i: i * i for i in range(15)}))
