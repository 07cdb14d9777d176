# oracle: board
# requires: viper
import micropython

# CRC-32 (IEEE) on 32-bit words; the polynomial does not fit a small int, so it is cast.


@micropython.viper
def crc32(buf, n: int) -> uint:
    p = ptr8(buf)
    poly = uint(0xEDB88320)
    crc = uint(0xFFFFFFFF)
    for i in range(n):
        crc ^= p[i]
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ poly
            else:
                crc = crc >> 1
    return crc ^ uint(0xFFFFFFFF)


for data in (b"", b"a", b"123456789", b"The quick brown fox jumps over the lazy dog"):
    print(data, hex(crc32(data, len(data))))
