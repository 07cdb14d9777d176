# oracle: unix
# write() takes str or any buffer and returns the count; binary files accept str too.
import os, array

N = "/tmp/_upy_os_io_write_data.bin"
with open(N, "wb") as f:
    print(f.write("text"), f.write(b"\x00\xff"), f.write(bytearray(b"z")))
    print(f.write(memoryview(b"mvxx")[:2]), f.write(array.array("b", [65, 66])))
    for bad in (5, None, [1]):
        try:
            f.write(bad)
        except TypeError as e:
            print(type(bad).__name__, "TypeError", e)
print(open(N, "rb").read())
with open(N, "w") as f:
    print(f.write(b"bb"), f.write("\u00e9\u4e2d"), f.write(""))
print(open(N, "rb").read(), repr(open(N).read()))
os.remove(N)
