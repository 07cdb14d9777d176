# oracle: unix
# write() of every buffer kind to text and binary files, write(buf, len) and write(buf, off, len).
import os, array

N = "_tmp_osx_write_data.bin"
items = ["str", "\u00e9\u20ac", b"bytes", bytearray(b"ba"), memoryview(b"memview")[2:5],
         array.array("h", [1, -1]), array.array("b"), b""]
for mode in ("w", "wb"):
    with open(N, mode) as f:
        print(mode, [f.write(x) for x in items])
        for bad in (1, None, 2.5, [1], {"a": 1}):
            try:
                f.write(bad)
            except TypeError as e:
                print(mode, type(bad).__name__, e)
    with open(N, "rb") as f:
        print(f.read())
with open(N, "wb") as f:
    data = b"0123456789"
    for args in ((3,), (0,), (20,), (-1,), (2, 3), (8, 5), (10, 1), (11, 1), (0, 0), (-1, 2), (3, -1)):
        print(args, f.write(data, *args))
    for args in ((1.5,), ("1",), (None,), (1, None)):
        try:
            f.write(data, *args)
        except TypeError as e:
            print(args, "TypeError", e)
    try:
        f.write(data, 1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
with open(N, "rb") as f:
    print(f.read())
with open(N, "w") as f:
    print(f.write("h\u00e9llo", 2), f.write("h\u00e9llo", 3, 10), f.write(array.array("i", [65]), 1))
with open(N, "rb") as f:
    print(f.read())
os.remove(N)
