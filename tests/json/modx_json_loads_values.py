# json.loads: numbers of every form (ints vs floats, exponents, huge), escapes, nesting types
import json
for d in ("0", "-0", "1", "-1", "123456789012345678901234567890", "-98765432109876543210", "1.0", "1e3", "1E3",
          "1e-3", "-1.5e+2", "2.5E-1", "1e400", "-1e400", "1e-400", "0.1", "3.141592653589793", "9007199254740993",
          "1.7976931348623157e308", "5e-324", "100e-2", "0e0", "0.0e5"):
    v = json.loads(d)
    print(d, type(v).__name__, repr(v))
for d in ('"\\n\\t\\r\\b\\f\\"\\\\\\/"', '"\\u00e9\\u4e2d"', '"\\u0000"', '"caf\u00e9"', '""'):
    v = json.loads(d)
    print(repr(v), len(v))
print(json.loads('{"a": {"b": [1, {"c": []}]}, "d": [true, false, null]}'))
print(json.loads('{"k": 1, "k": 2}'), json.loads('[{}, [], "", 0]'))
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"x": 1}')))
for bad in (None, 5, ["1"]):
    try:
        json.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
