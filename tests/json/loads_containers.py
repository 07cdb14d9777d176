# arrays and objects, nested
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, "[1, 2, 3]")
t(json.loads, '{"a": 1, "b": [true, false, null]}')
t(json.loads, '[[[]], [{}], {"x": [{"y": {}}]}]')
t(json.loads, '{"list": [1, {"d": [2, [3]]}], "n": -4}')
t(json.loads, '[{"a": 1}, {"a": 2}, {"b": 3}]')
d = json.loads('{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8}')
print(d)
print(list(d.keys()))
