# oracle: unix
# The block-device protocol as the Vfs types call it: the ioctls at construction, the old
# protocol without ioctl (count() and sync(), 512-byte blocks), a device without writeblocks
# (read-only), errors returned or raised by the device.
import os, vfs
from _ramdev import RAMBlockDev


class Traced(RAMBlockDev):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []

    def ioctl(self, op, arg):
        self.log.append((op, arg))
        return super().ioctl(op, arg)


bd = Traced(512, 64)
vfs.VfsLfs2.mkfs(bd)
print("lfs2 mkfs", bd.log[:3], (6, 0) in bd.log, (3, 0) in bd.log)
bd.log = []
vfs.VfsLfs2(bd)
print("lfs2 new", bd.log[:3])
bd.log = []
vfs.VfsFat.mkfs(bd)
print("fat mkfs", bd.log[:2], (4, 0) in bd.log)
bd.log = []
vfs.VfsFat(bd)
print("fat new", bd.log[:2])


class OldProtocol:
    def __init__(self, n):
        self.data = bytearray(512 * n)
        self.synced = 0

    def readblocks(self, n, buf):
        buf[:] = self.data[n * 512 : n * 512 + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * 512 : n * 512 + len(buf)] = buf

    def count(self):
        return len(self.data) // 512

    def sync(self):
        self.synced += 1


old = OldProtocol(100)
vfs.VfsFat.mkfs(old)
vfs.mount(vfs.VfsFat(old), "/old")
with open("/old/f.txt", "w") as f:
    f.write("old protocol")
print(open("/old/f.txt").read(), old.synced > 0)
vfs.umount("/old")
try:
    vfs.VfsLfs2.mkfs(OldProtocol(100))
except TypeError as e:
    print("lfs2 needs ioctl(5):", e)


class ReadOnly:
    def __init__(self, dev):
        self.dev = dev

    def readblocks(self, *a):
        return self.dev.readblocks(*a)

    def ioctl(self, op, arg):
        return self.dev.ioctl(op, arg)


ram = RAMBlockDev(512, 64)
vfs.VfsLfs2.mkfs(ram)
vfs.mount(vfs.VfsLfs2(ram), "/rw")
with open("/rw/kept.txt", "w") as f:
    f.write("kept")
vfs.umount("/rw")
for T in (vfs.VfsLfs2, vfs.VfsFat):
    if T is vfs.VfsFat:
        T.mkfs(ram)
        vfs.mount(T(ram), "/rw")
        with open("/rw/kept.txt", "w") as f:
            f.write("kept")
        vfs.umount("/rw")
    vfs.mount(T(ReadOnly(ram)), "/ro")
    print(T.__name__, os.listdir("/ro"), open("/ro/kept.txt").read())
    try:
        open("/ro/new.txt", "w")
    except OSError as e:
        print("no writeblocks", e.errno)
    vfs.umount("/ro")
try:
    vfs.VfsLfs2.mkfs(ReadOnly(ram))
except OSError as e:
    print("mkfs read-only", e.errno)


class Raises(RAMBlockDev):
    def readblocks(self, n, buf, off=0):
        raise ValueError("device on fire")


for T in (vfs.VfsLfs2, vfs.VfsFat):
    try:
        T(Raises(512, 64))
    except ValueError as e:
        print(T.__name__, "ValueError", e)


class ReturnsError(RAMBlockDev):
    def readblocks(self, n, buf, off=0):
        return -5


try:
    vfs.VfsLfs2(ReturnsError(512, 64))
except OSError as e:
    print("readblocks returned -5:", e)


class EraseNone(RAMBlockDev):
    def ioctl(self, op, arg):
        if op == 6:
            return None
        return super().ioctl(op, arg)


try:
    vfs.VfsLfs2.mkfs(EraseNone(512, 64))
except TypeError as e:
    print("erase gave None:", e)
