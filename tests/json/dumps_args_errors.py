# argument checks of dumps and dump
import json, io
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.dumps)
t(json.dumps, 1, 2)
t(json.dumps, 1, foo=2)
t(json.dumps, obj=1)
t(json.dumps, 1, separators=(",", ":"), indent=2)
t(json.dump, [1])
t(json.dump)
t(json.dump, [1], io.StringIO(), (",", ":"))
t(json.dump, [1], io.StringIO(), sort_keys=True)
