# insert/pop/remove/index/count at the edges
for i in (-100, -4, -3, -1, 0, 1, 2, 3, 100, 2**40):
    a = [1, 2, 3]
    a.insert(i, "x")
    print(i, a)
a = list(range(6))
print(a.pop(), a.pop(0), a.pop(-1), a.pop(1), a)
for i in (5, -5, 2**70):
    try:
        a.pop(i)
    except (IndexError, OverflowError) as e:
        print(i, type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
b = [1, 2, 1.0, True, "1", 2]
b.remove(1)
print(b)
b.remove(True)
print(b)
try:
    b.remove(99)
except ValueError as e:
    print("ValueError", e)
c = [0, 1, 2, 1, 0]
print(c.index(1), c.index(1, 2), c.index(0, -1), c.index(2, -3, -1), c.count(1), c.count(5), c.count(0.0))
for args in ((5,), (1, 3, 3), (0, 1, 4)):
    try:
        print(c.index(*args))
    except ValueError as e:
        print(args, "ValueError", e)
try:
    c.insert("0", 1)
except TypeError as e:
    print("TypeError", e)
