# struct: '?' is not a MicroPython typecode; 'x' padding; values given by __index__/__float__
import struct
for f in ("<?", "?", ">2?"):
    try:
        print(f, struct.calcsize(f))
    except Exception as e:
        print(f, type(e).__name__, e)
for f, a in (("<x", ()), ("<2xb2x", (5,)), ("@xbxh", (1, 2)), ("<3x2s", (b"ok",)), ("x", ())):
    p = struct.pack(f, *a)
    print(f, struct.calcsize(f), p, struct.unpack(f, p))
class I:
    def __index__(self):
        return 9
class F:
    def __float__(self):
        return 2.5
for f, v in (("<i", I()), ("<d", F()), ("<i", True), ("<d", True), ("<f", 3), ("<e", False), ("<Q", True), ("<b", False)):
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
