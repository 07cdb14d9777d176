# oracle: unix, strip-native
import micropython

import struct


@micropython.native
def header(kind, length, flags):
    return struct.pack("<BHI", kind, length, flags)


@micropython.native
def parse(data):
    kind, length, flags = struct.unpack("<BHI", data)
    return kind, length, flags


@micropython.native
def records(blob, fmt):
    size = struct.calcsize(fmt)
    return [struct.unpack(fmt, blob[i:i + size]) for i in range(0, len(blob), size)]


h = header(3, 513, 0x01020304)
print(h, len(h), parse(h))
print(records(bytes(range(8)), ">hh"))
print(struct.pack(">i", -2), struct.unpack("<h", b"\xff\xff"))
