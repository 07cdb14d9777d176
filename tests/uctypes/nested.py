import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(range(32))
INNER = {"a": uctypes.UINT8 | 0, "b": uctypes.UINT16 | 2}
OUTER = {"hdr": uctypes.UINT32 | 0, "in1": (4, INNER), "in2": (8, {"deep": (2, {"v": uctypes.UINT16 | 0})}), "tail": uctypes.UINT8 | 20}
s = uctypes.struct(uctypes.addressof(buf), OUTER)
print(s.hdr, s.in1.a, s.in1.b, s.in2.deep.v, s.tail)
s.in1.b = 0xFFFF
s.in2.deep.v = 0x1234
print(buf[4:12])
print(uctypes.sizeof(OUTER), uctypes.sizeof(s.in1), uctypes.sizeof(s.in2), uctypes.sizeof(OUTER, uctypes.LITTLE_ENDIAN))
print(bytes(s.in1), bytes(s.in2.deep))
