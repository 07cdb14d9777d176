# floats: '.', 'e' or 'E' make a float; parsed as float() parses
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("1.5", "-0.0", "0.1", "1e5", "1E5", "1e+5", "1e-5", "-2.5E-3", "1.", "1.e3",
          "-.5", "-e5", "3.14159265358979", "1e308", "1e309", "-1e400", "1e-400",
          "123456789.123456789", "0.30000000000000004", "[1.0, 2e2]"):
    t(json.loads, s)
