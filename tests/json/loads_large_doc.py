# a generated document of a few thousand records loads back equal
import json
rows = [{"id": i, "name": "n%d" % i, "v": i / 8, "tags": ["x", i % 3 == 0]} for i in range(2000)]
s = json.dumps(rows)
back = json.loads(s)
print(len(s), back == rows, back[1234])
print(json.dumps(back[:3], separators=(",", ":")))
