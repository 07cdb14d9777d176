M = 0xFFFFFFFFFFFFFFFF
def a64(x, y):
    return (x + y) & M
def s64(x, y):
    return (x - y) & M
print(hex(a64(0xFFFFFFFF, 1)), hex(a64(0x1FFFFFFFF, 0xFFFFFFFF)), hex(a64(123, 456)))
print(hex(a64(0xFFFFFFFFFFFFFFFF, 1)), hex(a64(0x8000000080000000, 0x8000000080000000)))
print(hex(s64(0x100000000, 1)), hex(s64(5, 7)), hex(s64(0x123456789ABC, 0x1111111111)))
