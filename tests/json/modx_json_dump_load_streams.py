# json.dump/json.load over io.StringIO/BytesIO: position handling, multiple documents, errors
import json, io
s = io.StringIO()
json.dump({"a": [1, 2]}, s)
json.dump([None], s, separators=(",", ":"))
print(repr(s.getvalue()))
s.seek(0)
try:
    print(json.load(s))
except Exception as e:
    print(type(e).__name__, e)
for text in ('{"x": 1}', "[1, 2]  ", "  3", '"str"', "", "[1] trailing"):
    try:
        print(repr(text), json.load(io.StringIO(text)))
    except Exception as e:
        print(repr(text), type(e).__name__, e)
b = io.BytesIO(b'{"b": "\\u00e9"}')
print(json.load(b))
r = io.StringIO('[1, 2] [3]')
r.read(0)
try:
    print(json.load(r), repr(r.read()))
except Exception as e:
    print(type(e).__name__, e)
for bad in (None, "text", 5):
    try:
        json.load(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        json.dump([1], bad)
    except Exception as e:
        print(type(e).__name__, e)
