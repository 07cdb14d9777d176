# dump to sys.stdout writes the text with no newline
import json, sys
json.dump({"a": [1, 2.5, None, "caf\u00e9"]}, sys.stdout)
print()
json.dump([True, False], sys.stdout, separators=(",", ":"))
print("|")
