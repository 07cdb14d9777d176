# struct: long formats with many fields and repeat counts, round trips of mixed records,
# unpack of large buffers, pack with too few/too many values
import struct
fmt = "<" + "bBhHiIqQfd" * 3
n = struct.calcsize(fmt)
vals = [-1, 2, -3, 4, -5, 6, -7, 8, 0.5, 0.25] * 3
p = struct.pack(fmt, *vals)
print(n, len(p), struct.unpack(fmt, p) == tuple(vals))
print(struct.unpack("<100B", bytes(range(100)))[95:])
print(struct.unpack(">50H", bytes(range(100)))[-3:])
print(struct.calcsize("<1000i"), struct.calcsize("@3b1000i"))
for args in ((), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)):
    try:
        print(len(args), struct.pack("<3h", *args))
    except Exception as e:
        print(len(args), type(e).__name__, e)
for args in ((), (b"ab",), (b"ab", 5), (b"ab", 5, 6)):
    try:
        print(len(args), struct.pack("<2sh", *args))
    except Exception as e:
        print(len(args), type(e).__name__, e)
rec = "<HH4sB"
items = [(1, 2, b"abcd", 3), (65535, 0, b"", 255), (7, 7, b"toolong", 0)]
blob = b"".join(struct.pack(rec, *i) for i in items)
size = struct.calcsize(rec)
print(len(blob), [struct.unpack_from(rec, blob, k * size) for k in range(3)])
ba = bytearray(size * 3)
for k, i in enumerate(items):
    struct.pack_into(rec, ba, k * size, *i)
print(ba == blob)
