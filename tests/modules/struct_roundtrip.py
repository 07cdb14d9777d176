import struct
values = [(0, 0), (1, -1), (32767, -32768), (65535, 0)]
for a, b in values:
    packed = struct.pack("<Hh", a, b if b >= -32768 else 0)
    print(packed, struct.unpack("<Hh", packed))
rec = struct.pack("<I8sf", 7, b"name", 0.5)
print(len(rec), struct.unpack("<I8sf", rec))
n = struct.unpack("<Q", struct.pack("<Q", 2 ** 63 + 5))
print(n)
