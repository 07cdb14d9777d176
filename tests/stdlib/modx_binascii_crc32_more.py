# oracle: unix
# binascii.crc32: known vectors, chaining with the value argument (ints of every size and sign),
# every buffer type, errors
import binascii
from array import array
print(hasattr(binascii, "crc32"))
if hasattr(binascii, "crc32"):
    for d in (b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog", bytes(256), bytes(range(256))):
        print(d[:10], binascii.crc32(d), hex(binascii.crc32(d)))
    whole = binascii.crc32(b"hello world")
    part = binascii.crc32(b" world", binascii.crc32(b"hello"))
    print(whole == part, whole)
    for init in (0, 1, -1, 0xFFFFFFFF, 2**32, 2**40, -2**31, True):
        try:
            print(init, binascii.crc32(b"x", init))
        except Exception as e:
            print(init, type(e).__name__, e)
    for data in (bytearray(b"abc"), memoryview(b"abc"), array("B", b"abc"), "abc"):
        try:
            print(type(data).__name__, binascii.crc32(data))
        except Exception as e:
            print(type(data).__name__, type(e).__name__, e)
    for bad in (None, 5, (b"a", "x"), (b"a", 1.5)):
        try:
            print(binascii.crc32(*bad) if isinstance(bad, tuple) else binascii.crc32(bad))
        except Exception as e:
            print(type(e).__name__, e)
