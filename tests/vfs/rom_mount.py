# oracle: unix
# vfs.VfsRom over bytes: mount, listing, stat, reading, import from it, chdir, umount
import os, sys, vfs

IMG = b'\xd2\xcd1\x80W\x05\x0e\x05d.txt\x02\x06data!\n\x05\x10\x06mod.py\x02\x07X = 42\n\x043\x03pkg\x05-\x0b__init__.py\x02\x1fdef hi(): return "hi from rom"\n'
r = vfs.VfsRom(IMG)
vfs.mount(r, "/rom")
print([m[1] for m in vfs.mount()])
print(sorted(os.listdir("/rom")))
print(os.stat("/rom/d.txt")[0], os.stat("/rom/d.txt")[6], os.stat("/rom/pkg")[0])
print(sorted(r.ilistdir("/")))
print(list(r.ilistdir("/pkg")))
with open("/rom/d.txt") as f:
    print(repr(f.read()))
with open("/rom/d.txt", "rb") as f:
    print(f.read(3), f.read())
sys.path.insert(0, "/rom")
import mod, pkg
print(mod.X, pkg.hi(), mod.__file__)
sys.path.pop(0)
here = os.getcwd()
os.chdir("/rom")
print(os.getcwd(), sorted(os.listdir()))
try:
    os.chdir("pkg")
except OSError as e:
    print("chdir", e.errno)
os.chdir(here)
for mode in ("w", "a", "r+"):
    try:
        open("/rom/d.txt", mode)
    except OSError as e:
        print(mode, e.errno)
for p in ("/rom/nope", "/rom/pkg/nope", "/nomount/x"):
    try:
        os.stat(p)
    except OSError as e:
        print(p, e.errno)
try:
    vfs.mount(r, "/rom")
except OSError as e:
    print("again", e.errno)
vfs.umount("/rom")
print([m[1] for m in vfs.mount()])
for bad in (b"", b"xx", b"\xd2\xcd\x31\x7f"):
    try:
        vfs.VfsRom(bad)
    except OSError as e:
        print("bad", e.errno)
