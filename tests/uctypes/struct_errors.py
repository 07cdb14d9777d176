import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(8)
A = uctypes.addressof(buf)
s = uctypes.struct(A, {"a": uctypes.UINT8, "agg": (0, {"x": uctypes.UINT8}), "bad": "foo"})
t(lambda: s.zz)
t(lambda: s.bad)
def f1():
    s.agg = 1
t(f1)
t(lambda: s[0])
t(lambda: uctypes.struct(A, 5).a)
t(lambda: uctypes.struct(A, (1, 2)).a)
t(lambda: uctypes.struct(A, {1: 1}).a)
t(lambda: uctypes.struct(A, {"a": 1.5}).a)
t(lambda: uctypes.struct(A, (0, {"a": uctypes.UINT8}))[0])
t(lambda: uctypes.struct(A, {"a": uctypes.UINT8})[0])
t(lambda: uctypes.struct(1.5, {}))
t(lambda: uctypes.struct("x", {}))
t(lambda: uctypes.struct(A))
t(lambda: uctypes.struct(A, {}, 0, 1))
t(lambda: uctypes.struct(addr=A, desc={}))
t(lambda: uctypes.struct(A, {}, 1.5))
t(lambda: hash(uctypes.struct(A, {})))
def delete():
    del s.a
    return buf
t(delete)
