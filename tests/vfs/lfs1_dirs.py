# oracle: unix
# vfs.VfsLfs1: nested directories, many entries in one directory (more than a metadata block
# holds), chdir with relative paths, and mixing v1 and v2 on two devices.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(256, 96)
vfs.VfsLfs1.mkfs(bd)
vfs.mount(vfs.VfsLfs1(bd), "/one")
os.mkdir("/one/a")
os.mkdir("/one/a/b")
os.mkdir("/one/a/b/c")
for i in range(20):
    with open("/one/a/entry_with_a_long_name_%02d.txt" % i, "w") as f:
        f.write(str(i))
with open("/one/a/b/c/deep.txt", "w") as f:
    f.write("deep")
names = os.listdir("/one/a")
print(len(names), names[:3])
print(sum(int(open("/one/a/" + n).read()) for n in names if n.endswith(".txt")))
os.chdir("/one/a/b")
print(os.getcwd(), os.listdir(), open("c/deep.txt").read())
os.chdir("/")
bd2 = RAMBlockDev(512, 32)
vfs.VfsLfs2.mkfs(bd2)
vfs.mount(vfs.VfsLfs2(bd2), "/two")
with open("/two/copied.txt", "w") as f:
    f.write(open("/one/a/b/c/deep.txt").read() * 2)
print(open("/two/copied.txt").read())
print(sorted(m[1] for m in vfs.mount()))
vfs.umount("/one")
vfs.umount("/two")
vfs.mount(vfs.VfsLfs1(bd), "/one")
print(len(os.listdir("/one/a")), os.listdir("/one/a/b/c"))
vfs.umount("/one")
