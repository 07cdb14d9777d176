def adler32(b, n):
    a, s = 1, 0
    for v in b[:n]:
        a = (a + v) % 65521
        s = (s + a) % 65521
    return (s << 16) | a
def sum16(h, n):
    s = sum(h[:n])
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF
print(adler32(b"Wikipedia", 9), hex(adler32(b"", 0)), hex(adler32(b"abc", 3)))
big = bytearray(i * 37 & 255 for i in range(2000))
print(hex(adler32(big, len(big))), hex(adler32(big, 1000)))
from array import array
print(hex(sum16(array("H", [0x4500, 0x0073, 0x0000, 0x4000, 0x4011, 0, 0xC0A8, 0x0001, 0xC0A8, 0x00C7]), 10)))
print(hex(sum16(array("H", [0xFFFF, 0xFFFF, 1]), 3)), hex(sum16(array("H", [0]), 1)))
