# oracle: unix
# readinto() into bytearrays, memoryview slices and arrays of every size, with and without a
# length; read-only buffers are refused.
import os, array

N = "_tmp_osx_readinto_buffers.bin"
with open(N, "wb") as f:
    f.write(b"0123456789")
with open(N, "rb") as f:
    for size in (0, 1, 3, 10, 15):
        f.seek(0)
        b = bytearray(size)
        print(size, f.readinto(b), b, f.tell())
    for n in (0, 2, 20, -1):
        f.seek(0)
        b = bytearray(b"........")
        try:
            print("len", n, f.readinto(b, n), b)
        except Exception as e:
            print("len", n, type(e).__name__, e)
    f.seek(0)
    b = bytearray(b"__________")
    m = memoryview(b)
    print(f.readinto(m[2:5]), f.readinto(m[8:]), f.readinto(m[:0]), b)
    f.seek(0)
    a = array.array("H", [0, 0])
    print(f.readinto(a), a)
    a = array.array("b", [0] * 3)
    print(f.readinto(a), a, f.readinto(a), a, f.readinto(a), a)
    for bad in (b"xx", "xx", 5, None, memoryview(b"ro")):
        try:
            f.readinto(bad)
        except Exception as e:
            print(type(bad).__name__, type(e).__name__, e)
with open(N) as f:
    b = bytearray(4)
    print(f.readinto(b), b, f.read())
os.remove(N)
