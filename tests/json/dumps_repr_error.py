# an exception from __repr__ propagates out of dumps
import json
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
try:
    json.dumps([1, Bad()])
except ValueError as e:
    print("ValueError", e)
class Count:
    n = 0
    def __repr__(self):
        Count.n += 1
        return str(Count.n)
print(json.dumps([Count(), Count(), {"c": Count()}]))
