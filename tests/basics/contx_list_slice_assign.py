# slice assignment and deletion with steps, negative indices and size changes
class Maker:
    def __getitem__(self, s):
        return s


def slice3(a, b, c=None):
    return Maker()[a:b:c]


base = list(range(10))
for sl in ((None, None, 2), (1, None, 2), (None, None, -1), (8, 2, -2), (-1, -6, -2), (0, 10, 3), (20, 30, 1), (5, 5, 1)):
    a = base[:]
    s = slice3(*sl)
    n = len(a[s])
    try:
        a[s] = ["x"] * n
    except NotImplementedError:
        a = "NotImplementedError"
    b = base[:]
    try:
        del b[s]
    except NotImplementedError:
        b = "NotImplementedError"
    print(sl, a, b)
a = base[:]
a[2:5] = []
print(a)
a[1:1] = "abc"
print(a)
a[:] = (9, 8)
print(a)
a[5:] = [1]
print(a)
a[-100:1] = [0]
print(a)
for sl, val in (((None, None, 2), [1]), ((1, 5, 2), [1, 2, 3]), ((None, None, -1), [])):
    c = base[:]
    try:
        c[slice3(*sl)] = val
        print(c)
    except (ValueError, NotImplementedError) as e:
        print(sl, "ValueError", e)
c = base[:]
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError", e)
try:
    c[::3] = range(4)
except NotImplementedError:
    print("NotImplementedError")
c[1:3] = range(4)
print(c)
c = [1, 2, 3]
c[1:2] = c
print(c)
