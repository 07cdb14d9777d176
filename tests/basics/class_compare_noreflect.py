# Ordering comparisons never try the reflected method of a user class.
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class X:
    def __gt__(self, o):
        return "gt"
    def __lt__(self, o):
        return "lt"
class I:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, I) else o)
t(lambda: 1 < X())
t(lambda: 1 > X())
t(lambda: 1 <= X())
t(lambda: X() < 1)
t(lambda: X() > 1)
t(lambda: 2 < I(5))
t(lambda: I(5) < 2)
t(lambda: I(2) < I(5))
t(lambda: I(2) > I(5))
t(lambda: "a" < X())
t(lambda: [] < X())
t(lambda: sorted([I(3), I(1), I(2)])[0].v)
class L(list):
    pass
t(lambda: [] < L([1]))
t(lambda: L([1]) < [2])
t(lambda: [1] == L([1]))
