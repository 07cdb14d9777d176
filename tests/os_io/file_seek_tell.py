# oracle: unix
# seek(offset, whence) returns the new position; tell() follows reads and writes.
import os

N = "/tmp/_upy_os_io_seek_tell.bin"
with open(N, "wb") as f:
    f.write(b"0123456789")
    print(f.tell(), f.seek(2), f.write(b"ab"), f.tell())
with open(N, "rb") as f:
    print(f.read(3), f.tell(), f.seek(2, 1), f.read(1), f.seek(-3, 2), f.read())
    print(f.seek(0, 0), f.read(2), f.seek(100), f.read(), f.tell())
    for args in ((-100,), (0, 5), (0, -1), (1.5,), ("a",)):
        try:
            f.seek(*args)
        except (OSError, TypeError) as e:
            print(args, type(e).__name__, e)
    print(f.tell())
with open(N, "r+b") as f:
    f.seek(12)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
with open(N) as f:
    print(f.seek(3), f.read(2), f.tell())
os.remove(N)
