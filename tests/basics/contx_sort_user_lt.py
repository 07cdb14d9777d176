# sorting, min/max and comparisons of objects defining only some rich comparisons
class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "P(%d)" % self.v

log = []
items = [P(3), P(1), P(2), P(1)]
print(sorted(items), len(log))
log.clear()
print(sorted(items, reverse=True), log)
log.clear()
for name, f in (("max", max), ("min", min)):
    try:
        print(f(items), log)
    except TypeError as e:
        print(name, "TypeError", e)
log.clear()
items.sort(key=lambda p: -p.v)
print(items, log)
for src in ("P(1) > P(2)", "P(1) <= P(2)", "P(1) == P(1)", "P(1) < 5", "5 < P(1)"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
class Q:
    pass
try:
    sorted([Q(), Q()])
except TypeError as e:
    print("TypeError", e)
