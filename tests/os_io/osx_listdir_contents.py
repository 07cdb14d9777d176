# oracle: unix
# os.listdir/ilistdir over a folder made by the test: names, entry tuples, path forms.
import os

D = "_tmp_osx_listdir"
os.mkdir(D)
names = ["a.txt", "b", "Caps.PY", "with space", "dot.", ".hidden", "x" * 60]
for n in names:
    with open(D + "/" + n, "w") as f:
        f.write(n)
os.mkdir(D + "/sub")
os.mkdir(D + "/sub/deeper")
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D + "/")), sorted(os.listdir("./" + D + "/sub")))
print(os.listdir(D + "/sub/deeper"))
entries = sorted(os.ilistdir(D))
print([(e[0], e[1], len(e)) for e in entries])
print(sorted(e[0] for e in os.ilistdir(D) if e[1] == 0x4000))
print(all(type(e[2]) is int for e in entries))
it = os.ilistdir(D + "/sub")
print(type(it).__name__, next(it)[:2], list(it))
print(sorted(os.listdir(D.encode())) == sorted(n.encode() for n in os.listdir(D)))
print(sorted(e[0] for e in os.ilistdir(D.encode()))[:3])
print(D in os.listdir(), D in os.listdir("."), D in os.listdir(""))
for n in names:
    os.remove(D + "/" + n)
os.rmdir(D + "/sub/deeper")
os.rmdir(D + "/sub")
print(os.listdir(D))
os.rmdir(D)
print(D in os.listdir())
