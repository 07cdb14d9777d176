# keys that are not str or bytes are printed as JSON and wrapped in quotes
import json
print(json.dumps({1: "a"}))
print(json.dumps({None: 1}))
print(json.dumps({True: 1}))
print(json.dumps({False: 0}))
print(json.dumps({1.5: 2}))
print(json.dumps({(1, 2): 3}))
print(json.dumps({(1, "a"): 3}))
print(json.dumps({b"k": 1}))
print(json.dumps({-7: [1]}))
