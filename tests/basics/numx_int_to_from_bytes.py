# int.to_bytes / int.from_bytes
for v in (0, 1, 127, 128, 255, 256, 0x1234, 2**31 - 1, 2**32 - 1, 2**63, 2**64 - 1, 2**100):
    for n in (1, 2, 4, 8, 16, 20):
        for order in ("big", "little"):
            try:
                b = v.to_bytes(n, order)
                print(v, n, order, b, int.from_bytes(b, order) == v)
            except OverflowError as e:
                print(v, n, order, "OverflowError", e)
for v in (-1, -128, -129, -(2**31), -(2**40)):
    for n in (1, 2, 4, 8):
        try:
            print(v, n, v.to_bytes(n, "little"))
        except OverflowError as e:
            print(v, n, "OverflowError", e)
for b in (b"", b"\x00", b"\xff", b"\x01\x00", b"\x00\x01", b"\xff" * 9, bytes(range(20))):
    print(b, int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print(int.from_bytes(bytearray(b"\x10\x20"), "big"), int.from_bytes(b"\x80", "big", True))
try:
    (5).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError", e)
try:
    int.from_bytes(5, "big")
except TypeError as e:
    print("TypeError", e)
