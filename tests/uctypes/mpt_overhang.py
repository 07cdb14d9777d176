# oracle: unix
# A field may reach past the end of a short buffer into the rest of its 16-byte heap block:
# reads and writes there work (as they do on a board) instead of faulting.
import uctypes

data = bytearray(5)
desc = {
    "words": (uctypes.ARRAY | 2, uctypes.UINT16 | 2),
    "tail": uctypes.UINT32 | 3,
    "odd": (uctypes.ARRAY | 1, 1, {"l": uctypes.UINT32 | 0}),
}
s = uctypes.struct(uctypes.addressof(data), desc, uctypes.LITTLE_ENDIAN)
s.words[0] = 0x2233
s.words[1] = 0x4455
print(hex(s.words[0]), hex(s.words[1]))
print(data)
s.odd[0].l = 0xAABBCCDD
print(hex(s.odd[0].l), data)
s.tail = 0x01020304
print(hex(s.tail), hex(s.words[1]), data)
print(uctypes.bytes_at(uctypes.addressof(data) + 3, 5))
