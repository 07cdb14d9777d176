# deep recursion raises RuntimeError and the interpreter keeps working afterwards
def down(n):
    return down(n + 1)

for attempt in range(3):
    try:
        down(0)
    except RuntimeError as e:
        print("attempt", attempt, type(e).__name__, e)

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print("mutual", e)

# recursion through methods, properties and dunders
class Node:
    def __init__(self):
        self.me = self
    def walk(self):
        return self.me.walk()
    def __eq__(self, other):
        return self.me == other
for name, fn in [("method", lambda: Node().walk()), ("eq", lambda: Node() == 1)]:
    try:
        fn()
    except RuntimeError as e:
        print(name, e)

# an iterator whose __next__ calls next() on itself
class SelfNext:
    def __iter__(self):
        return self
    def __next__(self):
        return next(self)
for name, fn in [("next", lambda: next(SelfNext())), ("list", lambda: list(SelfNext())),
                 ("for", lambda: [x for x in SelfNext()]), ("sum", lambda: sum(SelfNext()))]:
    try:
        fn()
    except RuntimeError as e:
        print("self-next", name, e)

# recursion through generators
def rgen():
    yield from rgen()
try:
    list(rgen())
except RuntimeError as e:
    print("generator", e)

# bounded recursion works at moderate depth
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(60))

# recursion caught inside the recursion: the handler runs at some depth, then unwinds
caught = []
def guarded(n):
    try:
        return guarded(n + 1)
    except RuntimeError:
        if not caught:
            caught.append(True)
        return -1
print(guarded(0), caught)

# RuntimeError from recursion can be caught as Exception
try:
    down(0)
except Exception as e:
    print("as Exception", type(e).__name__)
