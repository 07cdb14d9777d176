# chained comparisons: short-circuit, each operand evaluated once, mixed operators
calls = []
def v(x):
    calls.append(x)
    return x

def show(label, result):
    print(label, result, calls)
    calls.clear()

show("1<2<3", v(1) < v(2) < v(3))
show("1<3<2", v(1) < v(3) < v(2))
show("3<1<x", v(3) < v(1) < v(99))
show("1==1==1", v(1) == v(1) == v(1))
show("1<2>0", v(1) < v(2) > v(0))
show("in/not in", v(2) in v([1, 2]) not in v([[1, 2]]))
show("is chain", v(None) is v(None) is not v(0))
show("long", v(0) <= v(1) <= v(1) < v(2) != v(3) >= v(3) > v(-1))
show("long fail mid", v(0) <= v(1) <= v(0) < v(2))

# mixed types where later comparisons would fail are not evaluated
show("guard", v(2) < v(1) < v("s"))
try:
    v(1) < v(2) < v("s")
except TypeError as e:
    show("TypeError " + str(e), None)

# results are the last comparison's value, not a bool conversion of operands
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return "lt(%d,%d)" % (self.n, o.n)
print(R(1) < R(2) < R(3))
print(R(1) < R(2))

# chains in loops and comprehensions
print([x for x in range(10) if 2 < x <= 6])
print([(a, b) for a in range(3) for b in range(3) if a < b < 2])
n = 0
while 0 <= n < 5 != n * 10:
    n += 1
print(n)

# chains with not
print(not 1 < 2 < 3, not (1 > 2) == False)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < (2 == 2) < 3)
