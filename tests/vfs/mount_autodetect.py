# oracle: unix
# vfs.mount() of a block device mounts the filesystem on it (littlefs v2, v1 or FAT, from the
# superblock in block 0), as extmod/vfs.c's autodetect does.
import vfs, os


class RAM:
    def __init__(self, n):
        self.data = bytearray(n * 512)

    def readblocks(self, n, buf, off=0):
        buf[:] = self.data[n * 512 + off : n * 512 + off + len(buf)]

    def writeblocks(self, n, buf, off=None):
        off = off or 0
        self.data[n * 512 + off : n * 512 + off + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // 512
        if op == 5:
            return 512
        return 0


for name in ("VfsFat", "VfsLfs1", "VfsLfs2"):
    bd = RAM(64)
    getattr(vfs, name).mkfs(bd)
    vfs.mount(bd, "/auto")
    with open("/auto/f.txt", "w") as f:
        f.write(name)
    print(name, os.listdir("/auto"), [type(m[0]).__name__ for m in vfs.mount() if m[1] == "/auto"])
    vfs.umount("/auto")
    fs = getattr(vfs, name)(bd)
    with fs.open("f.txt", "r") as f:
        print(f.read())
