import struct
for fmt, args in (("<B", (256,)), ("<b", (-129,)), ("<H", (-1,)), ("<I", ("x",))):
    try:
        print(struct.pack(fmt, *args))
    except (ValueError, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__)
try:
    struct.calcsize("<Z")
except ValueError as e:
    print("ValueError", e)
print(struct.pack("<B", 255), struct.pack("<b", -128))
