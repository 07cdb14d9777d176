a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and self.v == o.v
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
class D(dict):
    pass
m = D(a=1)
m["b"] = 2
print(m["a"], len(m), isinstance(m, dict), m == {"a": 1, "b": 2})
