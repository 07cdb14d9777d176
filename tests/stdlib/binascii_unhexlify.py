# oracle: unix
import binascii

for x in (
    "",
    "00",
    "01abFF",
    "DEADbeef",
    "ab\tcd\n  ef ",
    "ab cd ef",
    " ab cd ef ",
    "ab\x0bcd\x0c",
    "  ",
):
    print(repr(x), binascii.unhexlify(x), binascii.unhexlify(x.encode()))
print(binascii.unhexlify(bytearray(b"cafe")))
print(binascii.unhexlify(memoryview(b"xx0102")[2:]))
print(binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
