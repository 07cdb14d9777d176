# struct: unpack/unpack_from over every buffer kind (bytes, bytearray, memoryview slices, array,
# str) and pack_into into bytearray/memoryview/array targets
import struct
from array import array
src = [b"\x01\x02\x03\x04", bytearray(b"\x01\x02\x03\x04"), memoryview(b"\x00\x01\x02\x03\x04")[1:], array("B", [1, 2, 3, 4]), array("h", [0x0201, 0x0403]), "\x01\x02\x03\x04"]
for s in src:
    try:
        print(type(s).__name__, struct.unpack("<HH", s), struct.unpack_from("<H", s, 2), struct.unpack(">I", s))
    except Exception as e:
        print(type(s).__name__, type(e).__name__, e)
for tgt in (bytearray(6), memoryview(bytearray(6)), array("B", [0] * 6), array("i", [0, 0]), memoryview(bytearray(8))[2:]):
    try:
        struct.pack_into("<HI", tgt, 0, 0xBEEF, 0xDEADBEEF)
        print(type(tgt).__name__, bytes(tgt))
    except Exception as e:
        print(type(tgt).__name__, type(e).__name__, e)
ro = memoryview(b"abcdef")
try:
    struct.pack_into("<H", ro, 0, 1)
    print(bytes(ro))
except Exception as e:
    print(type(e).__name__, e)
print(struct.unpack("<2s", "é"), struct.unpack("4s", array("h", [-1, 1])))
for off in ("1", 1.0, True, None, 2**40):
    try:
        print(repr(off), struct.unpack_from("<B", b"\x05\x06", off))
    except Exception as e:
        print(repr(off), type(e).__name__, e)
    try:
        t = bytearray(3)
        struct.pack_into("<B", t, off, 9)
        print(repr(off), t)
    except Exception as e:
        print(repr(off), type(e).__name__, e)
for tgt in (b"abcd", "abcd"):
    try:
        struct.pack_into("<H", tgt, 0, 1)
        print("ok", tgt)
    except Exception as e:
        print(type(e).__name__, e)
