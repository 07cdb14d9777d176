# oracle: unix
# Reading a file opened for writing, or writing one opened for reading: EBADF.
import os

N = "/tmp/_upy_os_io_wrong_mode.txt"
with open(N, "w") as f:
    for name, op in (("read", f.read), ("readline", f.readline), ("readlines", f.readlines)):
        try:
            op()
        except OSError as e:
            print(name, "OSError", e, e.errno)
    print(f.write("abc"))
with open(N, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print("write", "OSError", e)
    print(f.read())
with open(N, "a") as f:
    try:
        f.read(1)
    except OSError as e:
        print("read append", "OSError", e)
os.remove(N)
