# load's argument checks
import json, io
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.load)
t(json.load, io.StringIO("1"), 2)
t(json.load, io.StringIO("[1, 2"))
t(json.load, io.StringIO("[1] [2]"))
t(json.load, None)
