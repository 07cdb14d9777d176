# oracle: unix (the WebAssembly build's MemoryError under heap_lock has no message)
# What allocates while micropython.heap_lock() is in force, and what does not.
import micropython

r = None


def t(name, f):
    global r
    r = None
    micropython.heap_lock()
    try:
        f()
        r = "ok"
    except MemoryError as e:
        r = e
    micropython.heap_unlock()
    print(name, r)


l0 = []
l5 = [1, 2, 3, 4, 5]
s = "abc"
b = b"abc"
x = 2.5
big = 1 << 100


class C:
    def m(self):
        return 1

    def __add__(self, other):
        return 7


c = C()


def gen():
    yield 1


t("list append in capacity", lambda: l0.append(1))
t("list append grows", lambda: l5.append(1))
t("list extend", lambda: l5.extend(l0))
t("list literal", lambda: [1])
t("empty list", lambda: [])
t("tuple", lambda: (1, r))
t("dict", lambda: {})
t("set", lambda: {1})
t("str concat", lambda: s + s)
t("str + empty", lambda: s + "")
t("empty + str", lambda: "" + s)
t("bytes concat", lambda: b + b)
t("bytes + empty", lambda: b + b"")
t("float add", lambda: x + x)
t("bigint mul", lambda: big * 3)
t("small int math", lambda: 3 * 4 + 1 - (7 // 2))
t("lambda", lambda: (lambda: 0))
t("closure", lambda: (lambda: s))
t("bound method", lambda: c.m)
t("method call", lambda: c.m())
t("user __add__", lambda: c + 1)
t("generator", lambda: gen())
t("slice", lambda: l5[1:2])
t("len", lambda: len(l5))
t("str(int)", lambda: str(5))
t("str(str)", lambda: str(s))
t("exception object", lambda: ValueError(1))
# An unlock without a lock wraps the depth around: the heap stays locked.
print(micropython.heap_unlock())
print(micropython.heap_unlock())
try:
    [1]
except MemoryError:
    print("still locked")
