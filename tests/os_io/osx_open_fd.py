# oracle: unix
# open() of an int: the descriptor is used as it is (fd -1 is a closed file, unknown ones EBADF).
import os

N = "_tmp_osx_open_fd.txt"
with open(N, "w") as f:
    f.write("first\nsecond\n")
f = open(N)
g = open(f.fileno())
print(type(g).__name__, g.fileno() == f.fileno(), g.read())
h = open(f.fileno(), "rb")
print(type(h).__name__, h.seek(0), h.read())
for fd, mode in ((-1, "r"), (-1, "rb"), (-5, "w"), (999, "r"), (998, "wb"), (997, "a")):
    x = open(fd, mode)
    try:
        print(fd, mode, x.read() if "r" in mode else x.write(b"x"))
    except ValueError as e:
        print(fd, mode, "ValueError", e)
    except OSError as e:
        print(fd, mode, "OSError", e.errno)
    try:
        print(fd, mode, "close", x.close())
    except OSError as e:
        print(fd, mode, "close OSError", e.errno)
for bad in (1.5, None, True):
    try:
        open(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
f.close()
os.remove(N)
