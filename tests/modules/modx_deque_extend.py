# collections.deque: extend/extendleft (if present), the constructor's iterable kinds, + and ==
from collections import deque
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for src in ([1, 2], (3,), range(4), "ab", b"xy", {"k": 1}, iter([9, 8]), (x * x for x in range(3)), bytearray(b"\x01")):
    d = deque(src, 10)
    print(type(src).__name__, list(d))
d = deque([1], 4)
if hasattr(d, "extend"):
    d.extend([2, 3, 4, 5, 6])
    print("extend", list(d))
    t("extend bad", lambda: d.extend(5))
else:
    print("no extend")
t("eq", lambda: deque([1], 2) == deque([1], 2))
t("eq list", lambda: deque([1], 2) == [1])
t("add", lambda: deque([1], 2) + deque([2], 2))
t("mul", lambda: deque([1], 2) * 2)
t("hash", lambda: hash(deque([], 1)) is not None)
t("str", lambda: str(deque([], 1))[:7])
t("bad iter", lambda: deque(5, 3))
t("bad maxlen", lambda: deque([], "3"))
t("big maxlen", lambda: len(deque(range(100), 2**20)))
t("float maxlen", lambda: deque([], 2.0))
t("kw", lambda: deque(iterable=[], maxlen=2))
t("neg", lambda: deque([], -1))
t("over", lambda: list(deque(range(10), 3)))
t("flag over", lambda: deque(range(10), 3, 1))
t("flag ok", lambda: list(deque(range(3), 3, 1)))
e = deque((), 2, 1)
e.append(1)
e.appendleft(0)
t("full left", lambda: e.appendleft(5))
t("full right", lambda: e.append(5))
print(list(e))
