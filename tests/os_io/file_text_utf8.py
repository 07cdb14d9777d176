# oracle: unix
# Text files count characters, binary files bytes.
import os

N = "/tmp/_upy_os_io_utf8.txt"
with open(N, "w") as f:
    print(f.write("a\u00e9\u4e2d\U0001f600z\n"), f.tell())
with open(N) as f:
    print(repr(f.read(1)), repr(f.read(2)), repr(f.read(1)), f.tell(), repr(f.read()))
with open(N, "rb") as f:
    print(f.read(2), f.read(3), len(f.read()))
with open(N) as f:
    print(repr(f.readline(3)), repr(f.readline()))
os.remove(N)
