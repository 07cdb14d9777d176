import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

t(lambda: uctypes.sizeof(1))
t(lambda: uctypes.sizeof([]))
t(lambda: uctypes.sizeof(b"12"))
t(lambda: uctypes.sizeof(()))
t(lambda: uctypes.sizeof((1,)))
t(lambda: uctypes.sizeof((0, {}, 3)))
t(lambda: uctypes.sizeof((uctypes.PTR | 0,)))
t(lambda: uctypes.sizeof((uctypes.PTR | 0, 1, 2)))
t(lambda: uctypes.sizeof((uctypes.ARRAY | 0,)))
t(lambda: uctypes.sizeof((uctypes.ARRAY | 0, 1, {}, 4)))
t(lambda: uctypes.sizeof((3 << 30,)))
t(lambda: uctypes.sizeof((-1, 1)))
t(lambda: uctypes.sizeof({"a": 1.5}))
t(lambda: uctypes.sizeof({"a": 1 << 30}))
t(lambda: uctypes.sizeof({"a": True}))
t(lambda: uctypes.sizeof({"a": [0]}))
t(lambda: uctypes.sizeof(uctypes.struct(0, {}), 1))
t(lambda: uctypes.sizeof({}, "x"))
t(lambda: uctypes.sizeof({}, 1, 2))
t(lambda: uctypes.sizeof())
