# output before an error is already in the stream, as MicroPython writes as it prints
import json, io
class Bad:
    def __repr__(self):
        raise KeyError("r")
s = io.StringIO()
try:
    json.dump([1, "two", {"x": Bad()}], s)
except KeyError as e:
    print("KeyError", e)
print(repr(s.getvalue()))
