# oracle: unix
# requires: viper
import micropython


@micropython.viper
def crc16_ccitt(buf, n: int) -> int:
    p = ptr8(buf)
    crc = 0xFFFF
    for i in range(n):
        crc ^= p[i] << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


@micropython.viper
def crc16_modbus(buf, n: int) -> int:
    p = ptr8(buf)
    crc = 0xFFFF
    for i in range(n):
        crc ^= p[i]
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xA001
            else:
                crc >>= 1
    return crc


print(hex(crc16_ccitt(b"123456789", 9)), hex(crc16_modbus(b"123456789", 9)))
print(hex(crc16_ccitt(b"A", 1)), hex(crc16_modbus(b"\x01\x03\x00\x00\x00\x0a", 6)))
