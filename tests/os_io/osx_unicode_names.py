# oracle: unix
# Files and folders named with non-ASCII characters: created, listed, renamed, removed.
import os

D = "_tmp_osx_unic\u00f6de"
os.mkdir(D)
names = ["caf\u00e9.txt", "\u20ac\u20ac", "\U0001f600", "\u65e5\u672c\u8a9e", "a b\tc"]
for n in names:
    with open(D + "/" + n, "w") as f:
        f.write(n * 2)
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D.encode())))
for n in names:
    p = D + "/" + n
    with open(p) as f:
        print(repr(n), os.stat(p)[6], f.read() == n * 2)
os.rename(D + "/" + names[0], D + "/\u00fcber")
print(sorted(os.listdir(D))[:2])
print([len(e) for e in os.ilistdir(D)])
for n in os.listdir(D):
    os.remove(D + "/" + n)
os.rmdir(D)
print(D in os.listdir())
