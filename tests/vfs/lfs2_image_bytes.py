# oracle: unix
# The bytes VfsLfs2.mkfs leaves on a device (erased to 0xff) for several geometries,
# checksummed: upy's formatter lays the superblock out as littlefs does.
import vfs


class Dev:
    def __init__(self, bs, n):
        self.data = bytearray(b"\xff" * (bs * n))
        self.bs = bs

    def readblocks(self, b, buf, off=0):
        a = b * self.bs + off
        buf[:] = self.data[a : a + len(buf)]

    def writeblocks(self, b, buf, off=0):
        a = b * self.bs + off
        self.data[a : a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            self.data[arg * self.bs : (arg + 1) * self.bs] = b"\xff" * self.bs
            return 0


def crc(data):
    c = 0
    for i in range(0, len(data), 4):
        c = (c * 31 + int.from_bytes(data[i : i + 4], "little")) & 0xFFFFFFFF
    return c


for bs, n, kw in (
    (128, 16, {}),
    (512, 32, {}),
    (512, 32, {"progsize": 64, "readsize": 64}),
    (4096, 8, {"progsize": 256}),
    (1024, 100, {"lookahead": 64}),
):
    d = Dev(bs, n)
    vfs.VfsLfs2.mkfs(d, **kw)
    print("lfs2", bs, n, kw, hex(crc(d.data)))
