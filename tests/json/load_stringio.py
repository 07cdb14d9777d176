# load reads a whole stream
import json, io
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.load, io.StringIO('{"a": [1, 2.5, "x"]}'))
t(json.load, io.BytesIO(b"[true, null]"))
t(json.load, io.StringIO("  7  "))
t(json.load, io.StringIO(""))
t(json.load, io.StringIO("[1"))
s = io.StringIO('"caf\u00e9"')
t(json.load, s)
t(json.load, s)
b = io.BytesIO(b'{"k": "\xc3\xa9"}')
t(json.load, b)
