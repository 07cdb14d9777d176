import struct
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">I", b"\x00\x00\x00\x01"))
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack("<bB", b"\x80\x80"))
print(struct.unpack("<f", struct.pack("<f", 3.25)), struct.unpack("<d", struct.pack("<d", 1 / 3)))
print(struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8))
print(struct.unpack("3s", b"xyz"), struct.unpack("<2i", struct.pack("<2i", -5, 5)))
buf = b"\x00\x01\x02\x03\x04\x05"
print(struct.unpack_from("<H", buf, 2), struct.unpack_from(">H", buf))
ba = bytearray(8)
struct.pack_into("<HI", ba, 1, 0xABCD, 0x01020304)
print(ba)
try:
    struct.unpack("<I", b"\x00")
except ValueError as e:
    print("ValueError", e)
try:
    struct.pack("<I")
except (TypeError, ValueError) as e:
    print(type(e).__name__)
