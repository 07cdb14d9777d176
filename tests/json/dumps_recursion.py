# self-referencing containers hit the recursion limit; moderate depth is fine
import json
v = []
for i in range(500):
    v = [v]
s = json.dumps(v)
print(len(s), s[:5], s[-5:])
d = {}
for i in range(300):
    d = {"a": d}
print(len(json.dumps(d)))
l = [1]
l.append(l)
try:
    json.dumps(l)
except RuntimeError as e:
    print("RuntimeError", e)
dd = {}
dd["self"] = dd
try:
    json.dumps(dd)
except RuntimeError as e:
    print("RuntimeError", e)
