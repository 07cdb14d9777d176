# array: indexing, slice reads, slice assignment (same and other lengths), del, negatives
from array import array
a = array("i", range(10))
for i in (0, 5, 9, -1, -10, 10, -11):
    try:
        print(i, a[i])
    except Exception as e:
        print(i, type(e).__name__, e)
for name, f in (("[:]", lambda: a[:]), ("[2:5]", lambda: a[2:5]), ("[-3:]", lambda: a[-3:]), ("[::2]", lambda: a[::2]), ("[::-1]", lambda: a[::-1]), ("[5:2]", lambda: a[5:2]), ("[100:200]", lambda: a[100:200]), ("[1:8:3]", lambda: a[1:8:3]), ("[-100:3]", lambda: a[-100:3])):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
b = array("i", range(6))
b[1:3] = array("i", [10, 20])
print(b)
b[0:2] = array("i", [7])
print(b)
b[2:2] = array("i", [8, 8, 8])
print(b)
for rhs in ([1, 2], array("b", [1]), b"\x00\x00\x00\x00", array("h", [1, 2]), array("I", [5, 6, 7]), bytearray(4), memoryview(array("i", [9])), array("f", [1.5]), "abcd"):
    try:
        c = array("i", range(4))
        c[0:1] = rhs
        print(type(rhs).__name__, c)
    except Exception as e:
        print(type(rhs).__name__, type(e).__name__, e)
c = array("b", range(5))
try:
    del c[1]
    print(c)
except Exception as e:
    print(type(e).__name__, e)
try:
    del c[1:3]
    print(c)
except Exception as e:
    print(type(e).__name__, e)
c[-1] = 100
print(c)
try:
    c[0] = 1000
    print(c)
except Exception as e:
    print(type(e).__name__, e)
try:
    c["x"] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    c[0:2:2] = array("b", [1])
    print(c)
except Exception as e:
    print(type(e).__name__, e)
