# oracle: unix
# requires: viper
import micropython


@micropython.viper
def crc8(buf, n: int, poly: int) -> int:
    p = ptr8(buf)
    crc = 0
    for i in range(n):
        crc ^= p[i]
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ poly) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc


print(hex(crc8(b"123456789", 9, 0x07)), hex(crc8(b"123456789", 9, 0x31)))
print(hex(crc8(b"", 0, 0x07)), hex(crc8(b"\x00", 1, 0x07)), hex(crc8(b"\xff", 1, 0x07)))
