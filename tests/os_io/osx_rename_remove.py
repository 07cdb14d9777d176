# oracle: unix
# os.rename/remove/unlink: moving files between folders, replacing targets, contents kept.
import os

D = "_tmp_osx_rn"
os.mkdir(D)
def write(p, s):
    with open(p, "w") as f:
        f.write(s)
def read(p):
    with open(p) as f:
        return f.read()
write(D + "/one", "1")
write(D + "/two", "2")
print(os.rename(D + "/one", D + "/uno"), sorted(os.listdir(D)), read(D + "/uno"))
os.rename(D + "/uno", D + "/two")
print(sorted(os.listdir(D)), read(D + "/two"))
os.mkdir(D + "/sub")
os.rename(D + "/two", D + "/sub/moved")
print(sorted(os.listdir(D)), os.listdir(D + "/sub"), read(D + "/sub/moved"))
os.rename(D + "/sub", D + "/sub2")
print(sorted(os.listdir(D)), os.listdir(D + "/sub2"))
os.rename(D + "/sub2/moved", D + "/sub2/moved")
print(os.listdir(D + "/sub2"))
print(os.unlink(D + "/sub2/moved"), os.listdir(D + "/sub2"))
write(D + "/f", "f")
print(os.remove(D + "/f"), os.listdir(D))
for args in ((), (D,), (D, D, D), (1, 2), (None, "x")):
    try:
        os.rename(*args)
    except Exception as e:
        print(len(args), type(e).__name__, e)
for bad in (None, 1):
    try:
        os.remove(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
write(D + "/b", "bytes path")
os.rename((D + "/b").encode(), (D + "/c").encode())
print(os.listdir(D), read(D + "/c"))
os.remove((D + "/c").encode())
os.rmdir(D + "/sub2")
os.rmdir(D)
print(D in os.listdir())
