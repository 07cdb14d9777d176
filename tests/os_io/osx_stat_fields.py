# oracle: unix
# os.stat on files and folders: the 10-tuple's types, mode bits, sizes as files grow.
import os

F = "_tmp_osx_stat.txt"
D = "_tmp_osx_stat_dir"
for size in (0, 1, 100, 5000):
    with open(F, "wb") as f:
        f.write(b"z" * size)
    st = os.stat(F)
    print(size, len(st), type(st).__name__, st[6], st[0] & 0o170000 == 0o100000, st[0] & 0o777 != 0)
os.mkdir(D)
st = os.stat(D)
print(st[0] & 0o170000 == 0o040000, [type(x).__name__ for x in st])
print(os.stat(D + "/")[0] == st[0], os.stat("./" + D)[0] == st[0])
print(os.stat(F.encode())[6], os.stat(D.encode())[0] & 0o170000 == 0o040000)
with open(F, "a") as f:
    f.write("more")
    f.flush()
    print(os.stat(F)[6])
print(os.stat(F)[8] >= os.stat(F)[8] - 1, os.stat(F)[7] > 0)
for bad in (None, 3, 1.5, ["x"]):
    try:
        os.stat(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    os.stat("")
except OSError as e:
    print("empty", e.errno)
os.remove(F)
os.rmdir(D)
