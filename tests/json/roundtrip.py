# loads(dumps(x)) gives x back for JSON-shaped values
import json
values = [
    0, -5, 2 ** 70, 1.5, -0.25, 1e-7, "", "text", "q\"uote\\", "\n\t\x01", "caf\u00e9",
    True, False, None, [], {}, [1, [2, [3]]], {"a": {"b": {"c": [None]}}},
    {"k%d" % i: i * 1.5 for i in range(20)},
]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(back == v, s)
    compact = json.dumps(v, separators=(",", ":"))
    print(json.loads(compact) == v, compact)
