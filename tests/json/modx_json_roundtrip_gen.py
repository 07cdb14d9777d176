# json: generated round trips (dumps then loads) over many nested values; dumps with every
# separators pair parses back; key order kept
import json
vals = [None, True, False, 0, -1, 2**40, 1.5, -0.25, "", "s", "é\n\"\\", [], {}, [1, [2, [3]]], {"a": {"b": {"c": []}}}]
for v in vals:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
combo = {"k%d" % i: vals[i] for i in range(len(vals))}
for sep in ((",", ":"), (", ", ": "), (" , ", " : ")):
    s = json.dumps(combo, separators=sep)
    back = json.loads(s)
    print(len(s), back == combo, list(back)[:3])
deep = "leaf"
for i in range(20):
    deep = {"n": i, "c": [deep]}
s = json.dumps(deep)
print(len(s), json.loads(s) == deep, s[:40])
nums = [10 ** i for i in range(0, 30, 7)] + [-(2 ** i) for i in (31, 32, 63, 64)]
print(json.loads(json.dumps(nums)) == nums, json.dumps(nums))
fl = [0.1, 0.5, 1e10, 1.25e-5, 3.0, -2.5e20]
print(json.dumps(fl), json.loads(json.dumps(fl)))
