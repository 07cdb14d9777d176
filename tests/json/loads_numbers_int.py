# integers, including leading zeros and big values
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("0", "-0", "7", "-7", "00", "007", "-012", "123456789012345", "1234567890123456",
          "9007199254740993", "-9007199254740993", "123456789012345678901234567890",
          "-100000000000000000000", "[1, -2, 30]"):
    t(json.loads, s)
