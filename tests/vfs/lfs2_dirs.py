# oracle: unix
# Directories on vfs.VfsLfs2: mkdir, nested listings, chdir/getcwd with relative paths, rename
# of files and directories, rmdir, remove.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 128)
vfs.VfsLfs2.mkfs(bd)
vfs.mount(vfs.VfsLfs2(bd), "/fl")
os.mkdir("/fl/lib")
os.mkdir("/fl/lib/pkg")
os.mkdir("/fl/data")
for path in ("/fl/main.py", "/fl/lib/util.py", "/fl/lib/pkg/__init__.py", "/fl/data/a.csv"):
    with open(path, "w") as f:
        f.write("# " + path + "\n")


def tree(path, indent=""):
    for name, kind, inode, size in sorted(os.ilistdir(path)):
        if kind == 0x4000:
            print(indent + name + "/")
            tree(path + "/" + name, indent + "  ")
        else:
            print(indent + name, size)


tree("/fl")
here = os.getcwd()
os.chdir("/fl/lib")
print(os.getcwd())
print(sorted(os.listdir()))
print(open("util.py").read(), end="")
os.chdir("pkg")
print(os.getcwd(), os.listdir(""))
os.chdir("..")
print(os.getcwd())
os.chdir("/fl")
print(os.getcwd())
os.rename("main.py", "boot.py")
os.rename("/fl/data", "/fl/lib/data")
os.rename("/fl/lib/util.py", "/fl/util2.py")
tree("/fl")
os.remove("/fl/lib/data/a.csv")
os.rmdir("/fl/lib/data")
print(sorted(os.listdir("/fl/lib")))
os.chdir(here)
print(os.getcwd() == here)
vfs.umount("/fl")
