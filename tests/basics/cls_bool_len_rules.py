# truthiness: __bool__ / __len__ rules and error messages
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for v in (True, False):
    print(v, bool(B(v)), not B(v), "yes" if B(v) else "no")
for v in (1, 0, None, "s", [], 2.0):
    try:
        print(repr(v), bool(B(v)))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
for n in (0, 1, 5, 2**20):
    print(n, bool(L(n)), len(L(n)))
for n in (-1, 1.5, "3", None, True):
    try:
        print(repr(n), len(L(n)))
    except Exception as e:
        print(repr(n), "len", type(e).__name__, e)
    try:
        print(repr(n), bool(L(n)))
    except Exception as e:
        print(repr(n), "bool", type(e).__name__, e)

class Both:
    def __bool__(self):
        print("bool called")
        return True
    def __len__(self):
        print("len called")
        return 0
print(bool(Both()))
print(len(Both()))

class Plain:
    pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print("TypeError", e)

# and/or/while/if use truthiness
x = L(0) or "fallback"
print(x)
y = L(3) and "second"
print(y)
n = 3
obj = L(3)
while obj:
    obj.n -= 1
    print("loop", obj.n)
print(any([L(0), L(0)]), all([L(1), B(True)]), list(filter(None, [L(0), L(2), B(False)]))[0].n)
