# oracle: unix
# binascii.hexlify/unhexlify: sep of every kind, empty inputs, buffers, case, odd lengths
import binascii
from array import array
for data in (b"", b"\x00", b"\xff\x10", bytes(range(8)), bytearray(b"ab"), memoryview(b"xyz"), array("h", [1, -1])):
    out = [binascii.hexlify(data)]
    for sep in (b":", ":", b"", "", b"--", " ", b"\x00"):
        try:
            out.append(binascii.hexlify(data, sep))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(out)
for bad in ("str", 5, None, [1]):
    try:
        print(binascii.hexlify(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad_sep in (5, None, [1]):
    try:
        print(binascii.hexlify(b"ab", bad_sep))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("", "00", "ABCDEF", "abcdef", "aBcD", b"0a0b", "0", "abc", "zz", "0 1", "ff\n", bytearray(b"10"), "é0"):
    try:
        print(repr(s), binascii.unhexlify(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
