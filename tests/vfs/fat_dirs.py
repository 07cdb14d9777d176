# oracle: unix
# Directories on vfs.VfsFat: nesting, chdir/getcwd, rename, remove and rmdir, long names and
# case-insensitive lookup.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 256)
vfs.VfsFat.mkfs(bd)
vfs.mount(vfs.VfsFat(bd), "/fat")
os.mkdir("/fat/lib")
os.mkdir("/fat/lib/pkg")
os.mkdir("/fat/A Long Directory Name")
for path in ("/fat/main.py", "/fat/lib/util.py", "/fat/lib/pkg/__init__.py"):
    with open(path, "w") as f:
        f.write("# " + path + "\n")


def tree(path, indent=""):
    for name, kind, inode, size in sorted(os.ilistdir(path)):
        if kind == 0x4000:
            print(indent + name + "/")
            tree(path + "/" + name, indent + "  ")
        else:
            print(indent + name, size)


tree("/fat")
os.chdir("/fat/LIB")
print(os.getcwd(), sorted(os.listdir()))
os.chdir("pkg")
print(os.getcwd(), os.listdir())
os.chdir("/fat")
os.rename("main.py", "Boot.py")
os.rename("/fat/lib/pkg", "/fat/A Long Directory Name/pkg")
tree("/fat")
print(open("/fat/a long directory name/PKG/__init__.py").read(), end="")
os.remove("/fat/A Long Directory Name/pkg/__init__.py")
os.rmdir("/fat/A Long Directory Name/pkg")
os.rmdir("/fat/A Long Directory Name")
print(sorted(os.listdir("/fat")))
os.chdir("/")
vfs.umount("/fat")
