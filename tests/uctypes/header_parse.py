import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

import struct

# A made-up packet header, big-endian on the wire.
HDR = {
    "version": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "ihl": uctypes.BFUINT8 | 0 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "tos": uctypes.UINT8 | 1,
    "length": uctypes.UINT16 | 2,
    "id": uctypes.UINT16 | 4,
    "ttl": uctypes.UINT8 | 8,
    "src": (uctypes.ARRAY | 12, uctypes.UINT8 | 4),
    "dst": (uctypes.ARRAY | 16, uctypes.UINT8 | 4),
}
pkt = bytearray(b"\x45\x00\x00\x54\x1c\x46\x40\x00\x40\x01\xb1\xe6\xc0\xa8\x00\x68\xc0\xa8\x00\x01")
h = uctypes.struct(uctypes.addressof(pkt), HDR, uctypes.BIG_ENDIAN)
print(h.version, h.ihl, h.tos, h.length, h.id, h.ttl)
print(".".join(str(b) for b in h.src), ".".join(str(b) for b in h.dst))
h.ttl -= 1
h.length = 1500
h.version = 6
print(pkt[:10])
print(uctypes.sizeof(HDR, uctypes.BIG_ENDIAN))
