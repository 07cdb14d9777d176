# struct: integer wrap/truncation at every width and both byte orders, big ints
import struct
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
        2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, 2**64 - 1, 2**70 + 3]
for c in "bBhHiIlLqQ":
    out = []
    for v in vals:
        try:
            p = struct.pack("<" + c, v)
            out.append(struct.unpack("<" + c, p)[0])
        except Exception as e:
            out.append(type(e).__name__)
    print(c, out)
for c in "hHiIqQ":
    print(c, struct.pack(">" + c, 0x0102), struct.pack("<" + c, 0x0102))
print(struct.unpack(">q", b"\x80" + b"\x00" * 7), struct.unpack("<Q", b"\x00" * 7 + b"\x80"))
