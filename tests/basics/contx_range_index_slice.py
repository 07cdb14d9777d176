# range indexing, slicing, reversed and attributes
rs = [range(10), range(1, 11, 3), range(10, 0, -2), range(-5, 5), range(0), range(5, 1), range(0, -10, -3)]
for r in rs:
    print(r, len(r), list(r), r[:], r[::2], r[::-1], r[1:-1], r[-2:], list(reversed(r)))
    if len(r):
        print(r[0], r[-1], r[len(r) // 2], r.start, r.stop, r.step)
for i in (10, -11, 2**70):
    try:
        print(range(10)[i])
    except (IndexError, OverflowError) as e:
        print(i, type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
for bad in ((1.5,), ("1",), (None,), (1, 2, 3, 4)):
    try:
        print(range(*bad))
    except TypeError as e:
        print(bad, "TypeError", e)
print(range(3)[1:100], range(3)[-100:1], range(10)[::-3], range(10)[3:8:-1], range(2, 20, 5)[::-1])
