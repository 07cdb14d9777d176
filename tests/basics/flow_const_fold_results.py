# constant expressions folded by the compiler give the same results as computed at run time
import micropython
def rt(op, a, b):
    return eval("a %s b" % op, {"a": a, "b": b})

print(1 + 2 * 3, (1 + 2) * 3, 2 ** 10, 2 ** 62, 2 ** 64, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 1 << 40, 1 << 70, -1 >> 3, 255 >> 9)
print(~0, ~-1, ~(2 ** 70), -(-(2 ** 63)), +5, --5, -~5)
print(0x7fffffff + 1, 0x3fffffff + 1, -0x40000000 - 1, 0xffffffffffffffff & 0xff)
print(1 | 6 ^ 3 & 5, (1 | 6) ^ (3 & 5), 10 - 4 - 3, 2 ** 3 ** 2, 100 // 7 // 2)
print(1 / 2, 3 / 1, 2 ** -1, 10 ** -2, 0 ** 0, 4 ** 0.5)
print("ab" * 3, 3 * "x", b"z" * 2, (1,) * 3, [0] * 2, "a" "b" "c")
print(not 0, not 1, 1 and 2, 0 or 3, None or 0 or "", True + True, True * 10)
print(1 < 2, 3 == 3.0, "a" < "b", (1, 2) < (1, 3))

# big results from constant folding match run-time arithmetic
ops = ["+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^", "**"]
vals = [0, 1, -1, 7, -7, 2 ** 30, -(2 ** 30), 2 ** 31 - 1, 2 ** 62, 2 ** 64 + 3]
for op in ops:
    row = []
    for a in vals:
        for b in (3, -2, 31, 0):
            try:
                folded = eval("%d %s %d" % (a, op, b)) if b >= 0 else eval("%d %s (%d)" % (a, op, b))
                computed = rt(op, a, b)
                row.append("ok" if folded == computed else "MISMATCH")
            except Exception as e:
                row.append(type(e).__name__[:4])
    print(op, " ".join(row))

# division by a constant zero is raised at run time, not at compile time
for src in ["1 // 0", "1 % 0", "1 / 0", "2 ** -1 // 0", "1 << -1", "1 >> -1", "-1 ** 0.5"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
def never_called():
    return 1 // 0
print("defined fine")

# const() folding in expressions
X = micropython.const(10)
Y = micropython.const(X * 2 + 1)
print(X, Y, Y << X, -Y, X ** 3)
