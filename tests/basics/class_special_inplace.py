class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __repr__(self):
        return "Acc%r" % (self.items,)
a = Acc()
orig = a
a += 1
a += 2
print(a, a is orig)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 5
print(n.v, m.v, n is m)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __repr__(self):
        return "C%d" % self.v
cs = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(cs), max(cs), min(cs), Cmp(1) < Cmp(2), Cmp(2) >= Cmp(3))
