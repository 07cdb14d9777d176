# the module's names
import json
print(json.__name__)
print(sorted(n for n in dir(json) if not n.startswith("_")))
print(callable(json.dumps), callable(json.loads))
