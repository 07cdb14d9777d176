class R:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return "radd %r" % (o,)
    def __rsub__(self, o):
        return "rsub %r" % (o,)
    def __add__(self, o):
        return NotImplemented
print(1 + R(2), 5 - R(1), [1] + R(0))
try:
    R(1) + 1
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return NotImplemented
print(Num(1) == Num(1), Num(1) == 1)
