# dump writes to StringIO and BytesIO
import json, io
s = io.StringIO()
print(json.dump({"a": [1, 2.5, None]}, s))
print(repr(s.getvalue()))
json.dump("caf\u00e9", s)
print(repr(s.getvalue()))
b = io.BytesIO()
json.dump([True, "x"], b)
print(repr(b.getvalue()))
json.dump({"k": "\u00e9"}, b, separators=(",", ":"))
print(repr(b.getvalue()))
