# iterators and builtins that recurse into themselves end in RuntimeError or ValueError, not a crash
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)
def m1():
    global m
    m = map(lambda x: next(m), [1, 2, 3])
    return next(m)
t("map self", m1)
def f1():
    global fl
    fl = filter(lambda x: next(fl), [1, 2, 3])
    return next(fl)
t("filter self", f1)
class Self:
    def __iter__(self):
        return self
    def __next__(self):
        return next(z)
def z1():
    global z
    z = zip(Self())
    return next(z)
t("zip self", z1)
def e1():
    global en
    en = enumerate(Self2())
    return next(en)
class Self2:
    def __iter__(self):
        return self
    def __next__(self):
        return next(en)
t("enumerate self", e1)
def g1():
    global gg
    gg = (next(gg) for x in [1])
    return next(gg)
t("genexpr self", g1)
class It:
    def __iter__(self):
        return iter(self)
t("iter self", lambda: iter(It()))
class It2:
    def __iter__(self):
        return self
    def __next__(self):
        for x in self:
            return x
t("for self", lambda: next(It2()))
class It3:
    def __iter__(self):
        return self
    def __next__(self):
        return list(self)
t("list self", lambda: next(It3()))
class It4:
    def __getitem__(self, i):
        return list(self)
t("getitem iter", lambda: list(It4()))
class It5:
    def __iter__(self):
        return map(lambda v: v, self)
t("map iter self", lambda: list(It5()))
def rev():
    global r
    class R:
        def __len__(self): return 1
        def __getitem__(self, i): return next(r)
    r = reversed(R())
    return next(r)
t("reversed self", rev)
def sorted_self():
    class S:
        def __iter__(self): return self
        def __next__(self): return sorted(self)
    return sorted(S())
t("sorted self", sorted_self)
def minmax():
    class S:
        def __iter__(self): return self
        def __next__(self): return max(self)
    return max(S())
t("max self", minmax)
def strjoin():
    class S:
        def __iter__(self): return self
        def __next__(self): return "".join(self)
    return "".join(S())
t("join self", strjoin)
def dictself():
    class S:
        def __iter__(self): return self
        def __next__(self): return dict(self)
    return dict(S())
t("dict self", dictself)
def setself():
    class S:
        def __iter__(self): return self
        def __next__(self): return set(self)
    return set(S())
t("set self", setself)
def tupleself():
    class S:
        def __iter__(self): return self
        def __next__(self): return tuple(self)
    return tuple(S())
t("tuple self", tupleself)
def unpackself():
    class S:
        def __iter__(self): return self
        def __next__(self):
            a, b = self
            return a
    a, b = S()
t("unpack self", unpackself)
def starself():
    class S:
        def __iter__(self): return self
        def __next__(self):
            return print(*self)
    print(*S())
t("star self", starself)
def yfself():
    class S:
        def __iter__(self): return self
        def __next__(self):
            return next(g)
    def gen():
        yield from S()
    global g
    g = gen()
    return next(g)
t("yield from self", yfself)
def bytesself():
    class S:
        def __iter__(self): return self
        def __next__(self): return bytes(self)
    return bytes(S())
t("bytes self", bytesself)
def extend_self():
    class S:
        def __iter__(self): return self
        def __next__(self):
            l = []
            l.extend(self)
    [].extend(S())
t("extend self", extend_self)
def sum_self():
    class S:
        def __iter__(self): return self
        def __next__(self): return sum(self)
    return sum(S())
t("sum self", sum_self)
def allself():
    class S:
        def __iter__(self): return self
        def __next__(self): return all(self)
    return all(S())
t("all self", allself)
def inself():
    class S:
        def __iter__(self): return self
        def __next__(self): return 1 in self
    return 1 in S()
t("in self", inself)
def bytearrayself():
    class S:
        def __iter__(self): return self
        def __next__(self): return bytearray(self)
    return bytearray(S())
t("bytearray self", bytearrayself)
def arrself():
    import array
    class S:
        def __iter__(self): return self
        def __next__(self): return array.array('b', self)
    return array.array('b', S())
t("array self", arrself)
def dequeself():
    from collections import deque
    class S:
        def __iter__(self): return self
        def __next__(self): return deque(self, 5)
    return deque(S(), 5)
t("deque self", dequeself)
print("survived")
