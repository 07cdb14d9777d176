import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack("B", 255))
print(struct.pack("<ihb", 1, 2, 3), struct.pack(">Hx", 0x1234) if False else struct.pack(">H", 0x1234))
print(struct.pack("<f", 1.5), struct.pack("<d", -0.5), struct.pack("<q", -1), struct.pack("<Q", 2 ** 64 - 1))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("<2H", 1, 2))
print(struct.pack("?", True) if False else struct.pack("<bB", -128, 128))
print(struct.calcsize("<I"), struct.calcsize("<ihb"), struct.calcsize("ihb"), struct.calcsize("<3sq"))
print(struct.calcsize("<10s"), struct.calcsize("P") in (4, 8), struct.calcsize("@hi"))
