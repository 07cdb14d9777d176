# oracle: unix
# struct 'S' stores a pointer and unpacks the NUL-terminated text it points at.
import struct
import uctypes

buf = bytearray(b"abc\x00def")
p = struct.pack("<S", uctypes.addressof(buf))
print(struct.unpack("<S", p))
print(struct.unpack("<S", struct.pack("<S", uctypes.addressof(buf) + 4)))
s = "hello"
print(struct.unpack("<S", struct.pack("<S", uctypes.addressof(s))))
print(struct.unpack(">S", struct.pack(">S", uctypes.addressof(b"xy"))))
print(struct.unpack("<BS", struct.pack("<BS", 7, uctypes.addressof(buf))))
print(struct.unpack_from("<S", p))
try:
    struct.pack("<S", "abc")
except TypeError as e:
    print("TypeError")
