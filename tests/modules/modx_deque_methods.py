# collections.deque: every method at its edges: empty pops, indexing, in, iteration, maxlen 0/1
from collections import deque
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
d = deque((), 3)
print([n for n in ("append", "appendleft", "pop", "popleft", "extend", "extendleft", "clear", "copy", "count", "index", "insert", "remove", "reverse", "rotate", "maxlen") if hasattr(d, n)])
t("pop empty", d.pop)
t("popleft empty", d.popleft)
t("index empty", lambda: d[0])
for i in range(5):
    d.append(i)
    print(list(d), len(d), bool(d))
t("d[0]", lambda: d[0])
t("d[-1]", lambda: d[-1])
t("d[-3]", lambda: d[-3])
t("d[3]", lambda: d[3])
t("d[-4]", lambda: d[-4])
t("d['a']", lambda: d["a"])
t("d[1.0]", lambda: d[1.0])
t("d[True]", lambda: d[True])
t("d[0:1]", lambda: d[0:1])
def setitem():
    d[1] = 99
    return list(d)
t("set", setitem)
def setbad():
    d[5] = 1
t("set5", setbad)
def delitem():
    del d[0]
t("del", delitem)
t("in", lambda: (99 in d, 5 in d, "x" in d))
t("iter", lambda: [x * 2 for x in d])
t("pop", d.pop)
t("popleft", d.popleft)
t("left", lambda: list(d))
z = deque((), 0)
z.append(1)
z.appendleft(2)
print("maxlen0", list(z), len(z))
o = deque([1, 2, 3], 1)
print("maxlen1", list(o))
o.appendleft(7)
print(list(o))
o.append(8)
print(list(o))
t("args", lambda: d.append())
t("args2", lambda: d.append(1, 2))
t("pop arg", lambda: d.pop(0))
