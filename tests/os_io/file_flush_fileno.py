# oracle: unix
# flush() returns None; fileno() is an int above the standard streams; a second file
# sees what the first flushed.
import os

N = "/tmp/_upy_os_io_flush.txt"
f = open(N, "w")
print(f.flush(), type(f.fileno()).__name__, f.fileno() > 2)
f.write("abc")
f.flush()
print(repr(open(N).read()))
g = open(N)
print(g.fileno() != f.fileno())
g.close()
f.close()
print(repr(f).startswith("<io.TextIOWrapper "), repr(open(N, "rb")).startswith("<io.FileIO "))
os.remove(N)
