def pow10(i):
    return 10 ** i
def crc_nibble(v):
    crc = 0xFFFFFFFF
    for b in (v & 0xFFFFFFFF).to_bytes(4, "little"):
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
def month_days(m, leap):
    d = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return d + 1 if d == 28 and leap else d
print([pow10(i) for i in range(10)])
print([hex(crc_nibble(v)) for v in (0, 1, 0x12345678, -1)])
print([month_days(m, 0) for m in range(1, 13)], month_days(2, 1), month_days(3, 1))
