# loads needs a str or a buffer
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, 1)
t(json.loads, None)
t(json.loads, [1])
t(json.loads, 1.5)
t(json.loads)
t(json.loads, "1", "2")
t(json.loads, s="1")
