# oracle: unix
# Files as context managers: __enter__ gives the file, __exit__ closes it and returns None.
import os

N = "/tmp/_upy_os_io_with.txt"
with open(N, "w") as f:
    f.write("x")
try:
    f.write("y")
except ValueError as e:
    print("after with:", e)
g = open(N)
print(g.__enter__() is g, g.__exit__(None, None, None))
try:
    g.read()
except ValueError as e:
    print("after __exit__:", e)
try:
    with open(N) as h:
        print(h.read())
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e)
try:
    h.read()
except ValueError as e:
    print("closed by the exception:", e)
os.remove(N)
