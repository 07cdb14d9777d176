# oracle: unix
# readinto fills any writable buffer; an optional length limits it.
import os, array

N = "/tmp/_upy_os_io_readinto.bin"
with open(N, "wb") as f:
    f.write(b"line1\nline2\nend")
with open(N, "rb") as f:
    ba = bytearray(5)
    print(f.readinto(ba), ba)
    print(f.readinto(memoryview(ba)[1:3]), ba)
    print(f.readinto(ba, 2), ba)
    a = array.array("b", [0, 0, 0])
    print(f.readinto(a), a)
    print(f.readinto(bytearray(100)), f.readinto(bytearray(4)))
    for bad in (b"abc", "abc", 5):
        try:
            f.readinto(bad)
        except TypeError as e:
            print(type(bad).__name__, "TypeError", e)
with open(N) as f:
    ba = bytearray(4)
    print(f.readinto(ba), ba)
os.remove(N)
