# struct: pack_into/unpack_from offsets (negative, at the end, past the end) and errors
import struct
buf = bytearray(range(16))
for off in (0, 1, 4, 12, 13, 15, 16, 17, -1, -4, -16, -17, -100):
    try:
        print("uf", off, struct.unpack_from("<I", buf, off))
    except Exception as e:
        print("uf", off, type(e).__name__, e)
for off in (0, 2, 12, 13, 16, -4, -5, -16, -17):
    b = bytearray(16)
    try:
        struct.pack_into("<I", b, off, 0x11223344)
        print("pi", off, b)
    except Exception as e:
        print("pi", off, type(e).__name__, e)
print(struct.unpack_from("<H", b"\x01\x02\x03\x04"))
print(struct.unpack_from("<H", memoryview(b"\x01\x02\x03\x04"), 2))
m = memoryview(bytearray(6))
struct.pack_into(">hh", m, 2, -1, 258)
print(bytes(m))
for bad in (123, None, 1.5):
    try:
        struct.pack_into("<H", bad, 0, 1)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    struct.unpack_from("<H", "ab")
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.unpack_from("<H", b"abc", 0, 1)
except Exception as e:
    print(type(e).__name__, e)
