class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __contains__(self, k):
        return k in self.data
g = Grid()
g[1, 2] = "a"
g["k"] = "b"
print(g[1, 2], g["nope"], len(g), (1, 2) in g, "z" in g)
del g["k"]
print(len(g), bool(g))
g.data.clear()
print(bool(g))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
for v in Seq():
    print("iter", v)
