# oracle: unix
# open() modes: w truncates, a appends, + adds the other direction, x is ignored (as r).
import os

N = "/tmp/_upy_os_io_write_modes.txt"
with open(N, "w") as f:
    print(f.write("line1\n"), f.write(""), f.write("line2\n"))
with open(N, "a") as f:
    print(f.write("app\n"), f.tell())
print(repr(open(N).read()))
with open(N, "r+") as f:
    print(repr(f.read(3)), f.write("XY"), f.seek(0), repr(f.read(8)))
with open(N, "w+") as f:
    print(repr(f.read()), f.write("abc"), f.seek(0), repr(f.read()))
with open(N, "a+") as f:
    print(repr(f.read()), f.seek(0), repr(f.read()), f.write("d"), f.seek(0), repr(f.read()))
with open(N, "x") as f:
    print(repr(f.read()))
try:
    open("/tmp/_upy_os_io_write_modes_new.txt", "xb")
except OSError as e:
    print("OSError", e)
with open(N, "rw") as f:
    try:
        f.read()
    except OSError as e:
        print("rw is write-only:", e)
with open(N, "") as f:
    print(repr(f.read()))
os.remove(N)
print(N[5:] in os.listdir("/tmp"))
