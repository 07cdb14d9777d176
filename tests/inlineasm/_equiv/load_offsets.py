import struct
def read_rec(buf):
    a, b, c, d = struct.unpack_from("<BBhi", buf, 0)
    return a + b * 256 + c + d
def write_rec(buf, v):
    struct.pack_into("<BBhi", buf, 0, v & 255, (v >> 8) & 255, ((-v + 32768) & 0xFFFF) - 32768, v * 3)
    return struct.unpack_from("<i", buf, 124)[0]
def far_fields(buf):
    return buf[31] + struct.unpack_from("<H", buf, 62)[0] + struct.unpack_from("<i", buf, 124)[0]
buf = bytearray(128)
struct.pack_into("<BBhi", buf, 0, 7, 2, -300, 100000)
print(read_rec(buf))
struct.pack_into("<BBhi", buf, 0, 255, 255, 32767, -1)
print(read_rec(buf))
buf[31] = 9
struct.pack_into("<H", buf, 62, 60000)
struct.pack_into("<i", buf, 124, -70000)
print(far_fields(buf), write_rec(buf, 0x1234), struct.unpack_from("<BBhi", buf, 0), read_rec(buf))
print(write_rec(buf, 0xAB), struct.unpack_from("<BBhi", buf, 0), read_rec(buf))
