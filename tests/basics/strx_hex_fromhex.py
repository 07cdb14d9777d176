# bytes.hex with separators and bytes.fromhex with whitespace and errors
for b in [b"", b"\x00", b"\x01\xab\xff", bytes(range(10)), bytearray(b"\xde\xad\xbe\xef")]:
    print(b.hex(), b.hex(":"), b.hex("-"), b.hex(""))
for bad in [(1,), ("::",), (b":",)]:
    try:
        print(b"ab".hex(*bad))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", "00", "0a0B", "de ad be ef", " 01 ", "0", "0g", "123", "1 2", "ff\n00", "FF\tee", "\u00e9e", "  "]:
    for cls in (bytes, bytearray):
        try:
            print(repr(s), cls.fromhex(s))
        except Exception as e:
            print(repr(s), cls.__name__, type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except Exception as e:
    print(type(e).__name__, e)
print(memoryview(b"\x12\x34").hex() if hasattr(memoryview, "hex") else "nohex")
