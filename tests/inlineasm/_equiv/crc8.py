def crc8(s, n):
    c = 0
    for b in s[:n]:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ 0x07) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c
def crc16(s, n):
    c = 0xFFFF
    for b in s[:n]:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c
for s in (b"", b"123456789", b"\x00", b"\xff\xff", b"hello world"):
    print(s, hex(crc8(s, len(s))), hex(crc16(s, len(s))))
