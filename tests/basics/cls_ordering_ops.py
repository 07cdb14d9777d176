# rich comparisons: which method runs, reflection, errors
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < (o.v if isinstance(o, V) else o)
    def __le__(self, o):
        print("le", self.v)
        return self.v <= (o.v if isinstance(o, V) else o)
    def __gt__(self, o):
        print("gt", self.v)
        return self.v > (o.v if isinstance(o, V) else o)
    def __ge__(self, o):
        print("ge", self.v)
        return self.v >= (o.v if isinstance(o, V) else o)
    def __repr__(self):
        return "V(%d)" % self.v

a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b)
print(a < 5, a > 0)
print(sorted([V(3), V(1), V(2)]))
print(min(V(5), V(4)), max(V(5), V(4)))
for expr in ("1 < a < 3", "0 < a", "a < b < V(3)", "5 > a"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "L%d" % self.v
xs = [OnlyLt(i) for i in (5, 2, 9, 1)]
print(sorted(xs))
for f in (lambda: sorted(xs, reverse=True), lambda: max(xs), lambda: min(xs)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for expr in ("xs[0] > xs[1]", "xs[0] <= xs[1]", "xs[0] >= xs[1]", "xs[0] < 3", "3 < xs[0]"):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

class Plain:
    pass
for op in ("<", "<=", ">", ">="):
    try:
        eval("Plain() %s Plain()" % op)
    except TypeError as e:
        print(op, "TypeError", e)

class NILt:
    def __lt__(self, o):
        return NotImplemented
try:
    print(NILt() < NILt())
except TypeError as e:
    print("TypeError", e)
try:
    print(NILt() < 1)
except TypeError as e:
    print("TypeError", e)
