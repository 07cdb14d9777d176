# -v -v fixture: bytecode dumps of this program and of the module it imports must match the
# unix port's (addresses aside). Keep ints within 31 bits: upy compiles with 31-bit small ints.
import _dumped_mod
from _dumped_mod import VALUE as V


def gen(n, *a, k=3, **kw):
    yield n
    yield from range(k)
    for i in range(n):
        if i % 2:
            continue
        elif i > 5:
            break
    while n:
        n -= 1
    try:
        raise ValueError
    except (TypeError, ValueError) as e:
        raise e from None
    finally:
        return


lam = lambda x, *, y=1: x + y
d = {1: 2, "a": [3, 4]}
st = {1, 2}
a, *b, c = [1, 2, 3, 4]
x = -1
y = 1000000
f = 1e100
cx = 1j
el = ...
by = b"\x00bytes"
del x
g = (i * 2 for i in range(3))
sc = {i for i in st}
dc = {k: v for k, v in d.items()}


class D(Exception):
    def m(self):
        super().m()
        global y
        y = 2
        cell = 1

        def inner():
            nonlocal cell
            cell += 1

        return inner


print(*b, **{})
print(V, not a, a is not y, a not in d, -a, ~a, a**2, a // 2, a @ 1 if 0 else 0)
for i in range(300):
    pass
