# oracle: unix
# What vfs.VfsLfs2 wrote is on the block device: unmount, mount a new object on the same
# device (and on a copy of its bytes) and read everything back; readonly mounts; mtime=False.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(1024, 48)
vfs.VfsLfs2.mkfs(bd)
vfs.mount(vfs.VfsLfs2(bd, mtime=False), "/a")
os.mkdir("/a/sub")
files = {"/a/one.txt": b"1" * 10, "/a/sub/two.bin": bytes(range(200)) * 9, "/a/empty": b""}
for path, data in files.items():
    with open(path, "wb") as f:
        f.write(data)
free_before = os.statvfs("/a")[3]
vfs.umount("/a")

fs = vfs.VfsLfs2(bd)
vfs.mount(fs, "/b", readonly=True)
for path, data in sorted(files.items()):
    p = "/b" + path[2:]
    print(p, os.stat(p)[6], open(p, "rb").read() == data)
print(os.statvfs("/b")[3] == free_before)
for op in (lambda: open("/b/new", "w"), lambda: os.mkdir("/b/x"), lambda: os.remove("/b/one.txt")):
    try:
        op()
    except OSError as e:
        print("readonly", e.errno)
vfs.umount("/b")
# readonly sticks to the object, as on MicroPython
vfs.mount(fs, "/b")
try:
    open("/b/new", "w")
except OSError as e:
    print("still readonly", e.errno)
vfs.umount("/b")

copy = RAMBlockDev(1024, 48)
copy.data[:] = bd.data
vfs.mount(vfs.VfsLfs2(copy), "/c")
os.remove("/c/one.txt")
with open("/c/sub/three.txt", "w") as f:
    f.write("three")
print(sorted(os.listdir("/c")), sorted(os.listdir("/c/sub")))
vfs.umount("/c")
vfs.mount(vfs.VfsLfs2(bd), "/d")
print(sorted(os.listdir("/d")), sorted(os.listdir("/d/sub")))
vfs.umount("/d")
vfs.mount(vfs.VfsLfs2(copy), "/e")
print(open("/e/sub/three.txt").read(), sorted(os.listdir("/e/sub")))
vfs.umount("/e")
