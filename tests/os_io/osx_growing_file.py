# oracle: unix
# A reader at the end of a file sees what another file object appends or overwrites later
# (end of file is not remembered), in text and binary mode, with every reader.
import os

N = "_tmp_osx_growing.txt"
for mode in ("r", "rb"):
    w = open(N, "w")
    r = open(N, mode)
    print(mode, repr(r.read()), repr(r.readline()), r.readlines(), list(r))
    w.write("one\n")
    print(repr(r.read()), repr(r.read()))
    w.write("two\nthree\n")
    print(repr(r.readline()), r.tell())
    w.write("four\nfive")
    print(repr(r.read(3)), repr(r.readline()), r.readlines(), r.tell())
    w.write("\nsix\n")
    print(list(r), repr(r.read(1)))
    b = bytearray(4)
    w.write("seven")
    print(r.readinto(b), b, r.readinto(b), b)
    w.seek(0)
    w.write("ONE")
    r.seek(0)
    print(repr(r.read(5)), repr(next(r)))
    r.close()
    w.close()
os.remove(N)
