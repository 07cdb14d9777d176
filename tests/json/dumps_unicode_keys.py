# str keys are quoted as JSON strings, escapes included
import json
print(json.dumps({"\u00e9t\u00e9": 1}))
print(json.dumps({"a\nb": 1}))
print(json.dumps({'"': "\\"}))
print(json.dumps({"": ""}))
print(json.dumps({"\x00": 0}))
