# bool in arithmetic, bitwise ops, comparisons and as indexes
t, f = True, False
for a in (t, f):
    for b in (t, f, 2, -1, 2.5, 2**70):
        print(a, b, a + b, a - b, a * b, a & b if type(b) is not float else "-", a | b if type(b) is not float else "-", a ^ b if type(b) is not float else "-", a == b, a < b)
print(t + t, t * 10, -t, ~t, ~f, +t, abs(-t), t / 2, t // 2, t % 2, t ** 10, 2 ** t, divmod(t, 2))
print(t << 3, 16 >> t, t & 3, t | 6, t ^ t, type(t & t), type(t + t), type(t | t))
print(["a", "b"][t], "xyz"[f], sum([t, t, f, t]), max(t, f), min(t, 0), sorted([t, f, t, 0]))
print(int(t), float(f), str(t), repr(f), hash(t), hash(f), t == 1, f == 0, t is 1 == 1)
print({True: "a", 1: "b"}, {0: "z", False: "y"}, {t, 1, 1.0}, {f, 0, 0.0})
print(isinstance(t, int), issubclass(bool, int), bool(1), bool(-1), bool(""), bool([]), bool(None))
for bad in ("t / f", "t // f", "t % f", "f ** -1"):
    try:
        print(eval(bad))
    except ZeroDivisionError as e:
        print(bad, "ZeroDivisionError", e)
