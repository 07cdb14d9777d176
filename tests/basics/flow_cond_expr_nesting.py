# conditional expressions: nesting, evaluation, precedence with lambda/or/and
calls = []
def t(x):
    calls.append(x)
    return x

r = t("yes") if t(True) else t("no")
print(r, calls); calls.clear()
r = t("yes") if t(0) else t("no")
print(r, calls); calls.clear()

def grade(n):
    return "A" if n >= 90 else "B" if n >= 80 else "C" if n >= 70 else "F"
print([grade(n) for n in (95, 85, 75, 10, 90, 80, 70)])

print((1 if True else 2) + 10, 1 if False else 2 + 10)
print(1 or 2 if 0 else 3, (1 or 2) if 0 else 3)
print(not 1 if 0 else "x")
f = lambda x: "even" if x % 2 == 0 else "odd"
print(list(map(f, range(4))))
print([x if x > 0 else -x for x in (-3, 0, 3)])
print([x for x in range(6) if (x if x % 2 else 0)])

# nested in both branches
for a in (0, 1):
    for b in (0, 1):
        print(a, b, ("A" if b else "a") if a else ("B" if b else "b"))

# truthiness of various objects as conditions
class F:
    def __bool__(self):
        calls.append("bool")
        return False
class L:
    def __len__(self):
        return 0
for obj in [0, 0.0, "", [], {}, set(), None, (), b"", F(), L(), 1, "0", [0], -1]:
    print(type(obj).__name__, "T" if obj else "F")
print(calls)

# conditional expression as a call argument, subscript and dict value
d = {"k": 1 if calls else 0}
lst = [10, 20]
print(d, lst[0 if d else 1], max(1, 2 if d else 3))
# in an f-string
x = 4
print(f"{'big' if x > 3 else 'small'}-{x if x else 'zero'}")
