class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
a, b = P(1), P(1)
print(a == b, a != b, a is b)
print(P(1) in [P(2), P(1)])
class Plain:
    pass
x = Plain()
print(x == x, x == Plain(), x != Plain())
print(hash(x) == hash(x))
class NE:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(NE() == 1, NE() != 1)
