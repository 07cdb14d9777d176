# json.dumps separators: every shape of the argument, unusual strings, with nesting
import json
v = {"a": [1, 2, {"b": None}], "c": "d"}
for sep in ((",", ":"), (", ", ": "), ("", ""), ("\n", "="), (";", " -> "), [",", ":"], ("  ,  ", "  :  ")):
    try:
        print(repr(json.dumps(v, separators=sep)))
    except Exception as e:
        print(sep, type(e).__name__, e)
for sep in (None, (",",), (",", ":", "x"), ",:", 5, (1, 2), (b",", b":"), [], ("", None)):
    try:
        print(repr(sep), repr(json.dumps([1, {"k": 2}], separators=sep)))
    except Exception as e:
        print(repr(sep), type(e).__name__, e)
for kw in ({"indent": 2}, {"sort_keys": True}, {"bad": 1}):
    try:
        print(kw, json.dumps({"b": 1, "a": 2}, **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    print(json.dumps([1], (",", ":")))
except Exception as e:
    print(type(e).__name__, e)
