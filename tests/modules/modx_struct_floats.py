# struct: f, d and e (half) with special values, rounding and range
import struct
vals = [0.0, -0.0, 1.0, -2.5, 1e-7, 1e-40, 1e-310, 3.4e38, 3.5e38, 1e308, float("inf"), -float("inf"), 0.1, 65504.0, 65520.0, 6e-8, 2.0**-24, 2.0**-25, 1/3]
for c in "fde":
    for v in vals:
        try:
            p = struct.pack("<" + c, v)
            u = struct.unpack("<" + c, p)[0]
            print(c, v, p, u)
        except Exception as e:
            print(c, v, type(e).__name__, e)
n = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(n != n)
print(struct.pack(">f", 1), struct.pack("<d", 3), struct.pack("<e", True))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x00"))
