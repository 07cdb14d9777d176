# json: dumps and loads of a ~1 MB document (records of ints, floats, strings, lists, dicts).
import json

rows = []
for i in range(5000):
    rows.append(
        {
            "id": i,
            "name": "item %d" % i,
            "price": i * 1.25 + 0.1,
            "tags": ["a", "b\n", "\u00fc", i % 7],
            "ok": i % 2 == 0,
            "none": None,
            "nested": {"x": [1, 2, 3.5], "y": -i, "s": "q\"uote\\"},
        }
    )
doc = {"rows": rows, "count": len(rows)}
text = json.dumps(doc)
back = json.loads(text)
text2 = json.dumps(back, separators=(",", ":"))
back2 = json.loads(text2)
print(len(text), len(text2), back2["count"], back2["rows"][4321]["nested"], back == doc)
