# dumps of scalars: ints, floats, str, bool, None
import json
for v in (0, 1, -1, 123456, 1.5, -2.25, "", "abc", True, False, None):
    print(json.dumps(v))
print(type(json.dumps(1)))
