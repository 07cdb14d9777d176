# oracle: unix
# readline(size) stops at size characters (bytes in binary mode); None and -1 mean no limit.
import os

N = "/tmp/_upy_os_io_readline_size.txt"
with open(N, "w") as f:
    f.write("abcdef\nl\u00efne\n\nlast")
with open(N) as f:
    print(repr(f.readline(2)), repr(f.readline(0)), repr(f.readline(-1)))
    print(repr(f.readline(3)), repr(f.readline(None)), repr(f.readline()), repr(f.readline(100)))
    print(repr(f.readline()), repr(f.readline(5)))
with open(N, "rb") as f:
    print(f.readline(3), f.readline(), f.readline(2), f.readline(2), f.readline(2))
with open(N) as f:
    try:
        f.read(None)
    except TypeError as e:
        print("TypeError", e)
    try:
        f.read(1.0)
    except TypeError as e:
        print("TypeError", e)
with open(N) as f:
    f.readline()
    try:
        f.readline(2)
    except UnicodeError:
        print("UnicodeError: the size counts bytes, and split a character")
os.remove(N)
