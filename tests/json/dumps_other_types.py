# types without a JSON form print their repr
import json
print(json.dumps({1, 2, 3}))
print(json.dumps(set()))
print(json.dumps(frozenset()))
print(json.dumps([{"a"}]))
print(json.dumps(1 + 2j))
print(json.dumps(range(3)))
print(json.dumps(...))
print(json.dumps([int, str]))
print(json.dumps({"r": range(1, 5, 2)}))
