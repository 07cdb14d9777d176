# item assignment/deletion refused: native subclasses name their native type, plain classes their own
class T(tuple): pass
class S(str): pass
class I(int): pass
class B(bytes): pass
class R:
    def __getitem__(self, i): return i
class W:
    pass
for o in (T((1,)), S("a"), I(1), B(b"a"), R(), W()):
    for stmt in ("o[0] = 1", "del o[0]", "o[0]"):
        try:
            exec(stmt)
            print(stmt, "ok")
        except Exception as e:
            print(type(o).__name__, stmt, type(e).__name__, e)
