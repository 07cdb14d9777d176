# memoryview itemsize, format-driven indexing, cast() availability, and hashing/equality
import array
for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2, 3])
    m = memoryview(a)
    print(code, len(m), m[0], m[-1], getattr(m, "itemsize", "-"), len(bytes(m)), list(m[1:]))
m = memoryview(b"\x01\x02")
print(hasattr(m, "cast"), hasattr(m, "itemsize"), hasattr(m, "tobytes"), hasattr(m, "release"), hasattr(m, "readonly"))
if hasattr(m, "cast"):
    for fmt in ["B", "b", "H", "h", "I", "x", "BB"]:
        try:
            c = m.cast(fmt)
            print(fmt, list(c), getattr(c, "itemsize", "-"))
        except Exception as e:
            print(fmt, type(e).__name__, e)
for other in [b"\x01\x02", bytearray(b"\x01\x02"), memoryview(b"\x01\x02"), [1, 2], "ab"]:
    try:
        print(m == other)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(hash(m))
except Exception as e:
    print(type(e).__name__, e)
for bad in [1, "str", None, [1]]:
    try:
        memoryview(bad)
    except Exception as e:
        print(type(e).__name__, e)
mv = memoryview(bytearray(8))
mv[2:4] = b"\xff\xff"
print(bytes(mv), bytearray(mv[1:5]), list(iter(mv[::1]))[:3])
