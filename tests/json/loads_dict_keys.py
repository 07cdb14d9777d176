# keys can be any primitive; later duplicates win; 1, 1.0 and true are one key
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, '{"a": 1, "a": 2}')
t(json.loads, '{"a": 1, 2: 3, null: 4}')
t(json.loads, '{1.0: 1, 1: 2, true: 3}')
t(json.loads, '{false: "f", 0: "zero"}')
t(json.loads, '{-1.5: "x", 1e2: "y"}')
t(json.loads, '{[1]: 5}')
t(json.loads, '{{}: 5}')
t(json.loads, '{"k": [1], "j": {"i": 2}}')
