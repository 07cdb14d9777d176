# array: bytes()/bytearray()/memoryview of arrays in every typecode; decode; array from memoryview
from array import array
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2])
    m = memoryview(a)
    print(tc, a.itemsize if hasattr(a, "itemsize") else "-", bytes(a), len(bytearray(a)), len(m), m[0], m[1])
a = array("h", [1, -1, 300])
m = memoryview(a)
m[0] = -5
print(a, list(m), m[1:].tolist() if hasattr(m, "tolist") else list(m[1:]))
try:
    m[0] = 1 << 20
    print(a)
except Exception as e:
    print(type(e).__name__, e)
print(array("b", memoryview(b"\x01\x02\xff")))
print(array("B", b"abc").decode() if hasattr(array("B"), "decode") else "no decode")
print(bytes(array("f", [1.0])), bytes(array("d", [-2.0])))
ba = bytearray(array("H", [0x0102]))
print(ba)
print(array("I", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
try:
    print(array("I", b"\x01\x00\x00"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(array("h", bytearray(b"\x01\x02\x03")))
except Exception as e:
    print(type(e).__name__, e)
