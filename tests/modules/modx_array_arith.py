# array: + and += (same typecode, other typecodes, buffers), * (not supported?), in, compare
from array import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = array("h", [1, 2])
t(lambda: a + array("h", [3]))
t(lambda: a + array("b", [3, 4]))
t(lambda: a + b"\x05\x00")
t(lambda: a + [1])
t(lambda: a + bytearray(b"\x01\x00"))
t(lambda: a * 2)
t(lambda: 2 * a)
t(lambda: 1 in a)
t(lambda: 5 in a)
t(lambda: b"\x01" in array("B", [1]))
t(lambda: a == [1, 2])
t(lambda: a == array("h", [1, 2]))
t(lambda: a != array("h", [1, 2]))
t(lambda: array("B", [1, 2]) == b"\x01\x02")
t(lambda: array("b", [1, 2]) == b"\x01\x02")
t(lambda: array("B", [1, 2]) < b"\x01\x03")
t(lambda: array("B", [1, 2]) > array("B", [1]))
t(lambda: array("f", [1.5]) == array("f", [1.5]))
t(lambda: array("h") == array("h"))
t(lambda: array("h") == b"")
t(lambda: array("h", [1]) < array("h", [2]))
x = array("b", [1])
x += array("b", [2])
x += b"\x03"
print(x)
try:
    x += [4]
except Exception as e:
    print(type(e).__name__, e)
print(x, len(x), bool(array("b")), bool(x))
t(lambda: hash(x))
t(lambda: sorted(array("i", [3, 1, 2])))
t(lambda: sum(array("d", [0.5, 0.25])))
t(lambda: max(array("H", [3, 9, 2])))
t(lambda: list(reversed(array("b", [1, 2, 3]))))
