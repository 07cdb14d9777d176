# bytes()/bytearray() constructors from every source type, and their errors
srcs = [(), (0,), (3,), (b"ab",), (bytearray(b"cd"),), ([1, 2, 255],), ((0,),), (range(3),), ("abc", "utf-8"),
        ("\u00e9", "utf8"), (memoryview(b"mv"),), (iter([65, 66]),), ({1: 2},), (x for x in [7, 8])]
for args in srcs:
    for cls in (bytes, bytearray):
        try:
            print(cls.__name__, cls(*args))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
bad = [(-1,), ([256],), ([-1],), (["a"],), ("abc",), (1.5,), (None,), ([1.0],), ("a", "bogus"), (b"a", "utf8"), (1, "utf8")]
for args in bad:
    for cls in (bytes, bytearray):
        try:
            print(cls.__name__, cls(*args))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
print(bytes(bytes(2)), bytearray(bytearray(1)), bytes([True, False]), len(bytes(1000)))
