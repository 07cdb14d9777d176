# oracle: unix
# Filling a small vfs.VfsLfs2: ENOSPC (28), statvfs going down, removing frees blocks again.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(256, 24)
vfs.VfsLfs2.mkfs(bd)
vfs.mount(vfs.VfsLfs2(bd, mtime=False), "/s")
print(os.statvfs("/s")[:5])
written = 0
try:
    for i in range(40):
        with open("/s/f%d" % i, "wb") as f:
            f.write(bytes([i]) * 300)
        written += 1
except OSError as e:
    print("full", e.errno, written >= 5)
names = sorted(os.listdir("/s"))
print(len(names) >= written)
for n in names:
    os.remove("/s/" + n)
print(os.listdir("/s"), os.statvfs("/s")[3])
with open("/s/again", "wb") as f:
    f.write(b"x" * 1000)
print(os.stat("/s/again")[6])
vfs.umount("/s")
