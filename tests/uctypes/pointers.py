import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

import struct

data = bytearray(b"\x11\x22\x33\x44\x55\x66\x77\x88")
holder = bytearray(8)
D = {"p": (uctypes.PTR | 0, uctypes.UINT16), "ps": (uctypes.PTR | 4, {"x": uctypes.UINT8 | 0, "y": uctypes.UINT8 | 1})}
s = uctypes.struct(uctypes.addressof(holder), D)
struct.pack_into("<II", holder, 0, uctypes.addressof(data), uctypes.addressof(data) + 2)
print(hex(s.p[0]), hex(s.p[1]), hex(s.p[3]))
print(s.ps[0].x, s.ps[0].y, s.ps[2].y)
print(int(s.p) - uctypes.addressof(data), int(s.ps) - uctypes.addressof(data))
s.p[0] = 7
print(data)
def setp():
    s.p = 5
t(setp)
print(uctypes.sizeof(D), uctypes.sizeof(s.p), bytes(s.p) == bytes(holder[:4]))
vp = uctypes.struct(uctypes.addressof(holder), {"v": (uctypes.PTR | 0, uctypes.VOID)})
print(hex(vp.v[0]), hex(vp.v[5]))
