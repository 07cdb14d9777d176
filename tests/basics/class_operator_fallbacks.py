class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != OnlyEq(1))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    print(OnlyLt(5) > OnlyLt(1))
except TypeError as e:
    print("TypeError", e)
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print("TypeError", e)
