# loads of single values
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("0", "1", "-1", "12.5", "true", "false", "null", '"str"', '""', "[]", "{}"):
    t(json.loads, s)
print(type(json.loads("1")), type(json.loads("1.0")), type(json.loads('"a"')))
