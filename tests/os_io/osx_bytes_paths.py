# oracle: unix
# Paths given as bytes: open, stat, listdir (bytes names back), ilistdir, rename, remove.
import os

D = b"_tmp_osx_bytes_dir"
os.mkdir(D)
with open(D + b"/f.txt", "w") as f:
    f.write("from bytes path")
with open(D + b"/f.txt") as f:
    print(f.read())
with open(D + b"/g.bin", "wb") as f:
    f.write(b"\x00\x01")
print(sorted(os.listdir(D)), sorted(os.listdir(D.decode())))
print(sorted((e[0], e[1]) for e in os.ilistdir(D)))
print(os.stat(D + b"/g.bin")[6], os.stat(D)[0] & 0o170000 == 0o040000)
os.rename(D + b"/g.bin", D + b"/h.bin")
print(sorted(os.listdir(D)))
for bad in (bytearray(b"x"), memoryview(b"x")):
    for op in (os.stat, os.listdir, os.remove, open):
        try:
            op(bad)
        except Exception as e:
            print(type(bad).__name__, type(e).__name__, e)
os.remove(D + b"/f.txt")
os.unlink(D + b"/h.bin")
print(os.listdir(D))
os.rmdir(D)
print(D.decode() in os.listdir())
