# == and ordering between bytes, str, bytearray, array and memoryview: typecodes must match
# (up to signedness) once either side is a bytearray or memoryview; array == bytes is unequal.
# oracle: unix
import array
L = [("ba", lambda: bytearray(b'ab')), ("b", lambda: b'ab'), ("s", lambda: 'ab'),
     ("ab", lambda: array.array('b', [97, 98])), ("aB", lambda: array.array('B', [97, 98])),
     ("ah", lambda: array.array('h', [25185])), ("af", lambda: array.array('f', [1.0])),
     ("mvb", lambda: memoryview(b'ab')), ("mvh", lambda: memoryview(array.array('h', [25185]))),
     ("mvba", lambda: memoryview(bytearray(b'ab'))), ("i", lambda: 5), ("l", lambda: [97, 98])]
for ln, lf in L[:10]:
    for rn, rf in L:
        for op in ("==", "!=", "<"):
            try:
                r = eval("x %s y" % op, {"x": lf(), "y": rf()})
            except Exception as e:
                r = type(e).__name__
            print(ln, op, rn, r)
