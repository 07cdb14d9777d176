# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def first8(buf) -> int:
    p = ptr8(buf)
    return p[0]


@micropython.viper
def first16(buf) -> int:
    p = ptr16(buf)
    return p[0]


@micropython.viper
def first32(buf) -> int:
    p = ptr32(buf)
    return p[0]


@micropython.viper
def offset_view(buf, off: int) -> int:
    p = ptr8(buf)
    q = ptr8(int(p) + off)
    return q[0]


print(first8(b"\x7f\x01"), first8(bytearray([200])), first8("A"))
print(first16(array.array("H", [0xBEEF])), first16(b"\x01\x02"))
print(first32(array.array("i", [123456789])), first32(b"\x04\x03\x02\x01"))
print([offset_view(b"abcdef", i) for i in range(6)])
