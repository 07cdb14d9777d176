# floats print as repr() does
import json
for v in (0.0, -0.0, 1.0, 0.1, 1 / 3, 2.5e-5, 1e16, 1e22, 123456789.25, -1.5e300, 1e-300):
    print(json.dumps(v))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps([1.0, 2.5, 1e100]))
