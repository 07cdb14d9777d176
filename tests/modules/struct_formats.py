import struct
fmts = ["<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q", "<f", "<d", ">h", ">I", "<2b3H", "<s", "<4s"]
for f in fmts:
    print(f, struct.calcsize(f))
print(struct.pack("<2b3H", 1, -1, 1, 2, 3))
print(struct.unpack("<2b3H", struct.pack("<2b3H", 1, -1, 1, 2, 3)))
print(struct.pack(">d", 1.0), struct.unpack(">d", struct.pack(">d", 2.5)))
