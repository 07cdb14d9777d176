# arbitrary-precision ints
import json
print(json.dumps(2 ** 64))
print(json.dumps(-(2 ** 100)))
print(json.dumps([10 ** 30, -1]))
print(json.dumps({10 ** 20: 1}))
