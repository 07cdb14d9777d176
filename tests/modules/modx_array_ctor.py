# array: constructor from every kind of initialiser, for every typecode, and its errors
from array import array
tcs = "bBhHiIlLqQfd"
inits = [[], [1, 2], (3, 4), range(3), b"\x01\x02\x03\x04\x05\x06\x07\x08", bytearray(b"\xff" * 8), iter([5, 6])]
for tc in tcs:
    for init in inits:
        try:
            a = array(tc, init)
            print(tc, type(init).__name__, len(a), list(a)[:4])
        except Exception as e:
            print(tc, type(init).__name__, type(e).__name__, e)
for args in ((), ("",), ("bb",), ("z",), ("b", 5), ("b", None), ("b", "abc"), ("f", [1, "x"]), ("b", [1.5]), ("i", [2**40]), (5,), (b"b",), ("b", [1], 2)):
    try:
        a = array(*args)
        print(args, a)
    except Exception as e:
        print(args, type(e).__name__, e)
print(array("b"), array("d"), array("f", [1]), array("B", b""), array("q", [2**63 - 1]))
print(array("i", array("b", [1, -1])), array("b", array("h", [1, 2])))
