# oracle: unix
# A file iterates over its lines; readlines() takes no hint in MicroPython.
import os

N = "/tmp/_upy_os_io_iteration.txt"
with open(N, "w") as f:
    f.write("one\ntwo\n\nfour")
with open(N) as f:
    print(list(f))
    print(list(f))
with open(N) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(N) as f:
    print(next(f), f.__next__(), repr(next(f)), repr(next(f)))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")
with open(N) as f:
    print(f.readlines())
    print(f.readlines())
    try:
        f.readlines(1)
    except TypeError as e:
        print("TypeError", e)
with open(N, "rb") as f:
    print([line for line in f])
print(iter(open(N)) is not None)
os.remove(N)
