# oracle: unix
# A filesystem image held in a bytearray: format it, write through the mounted filesystem, then
# take the bytes (as a program would dump them to flash or a file) and mount the copy elsewhere.
import os, vfs


class BytesDev:
    def __init__(self, buf, block_size):
        self.buf = buf
        self.bs = block_size

    def readblocks(self, n, dest, off=0):
        a = n * self.bs + off
        dest[:] = self.buf[a : a + len(dest)]

    def writeblocks(self, n, src, off=0):
        a = n * self.bs + off
        self.buf[a : a + len(src)] = src

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.buf) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            return 0


for T in (vfs.VfsLfs2, vfs.VfsLfs1, vfs.VfsFat):
    image = bytearray(b"\xff" * (512 * 64))
    dev = BytesDev(image, 512)
    T.mkfs(dev)
    vfs.mount(T(dev), "/img")
    os.mkdir("/img/www")
    with open("/img/www/index.html", "w") as f:
        f.write("<h1>%s</h1>\n" % T.__name__)
    with open("/img/config.json", "w") as f:
        f.write('{"ssid": "x", "pass": "y"}')
    vfs.umount("/img")
    dump = bytes(image)
    print(T.__name__, len(dump), dump != b"\xff" * len(dump))
    vfs.mount(T(BytesDev(bytearray(dump), 512)), "/copy")
    print(sorted(os.listdir("/copy")), open("/copy/www/index.html").read(), end="")
    print(open("/copy/config.json").read())
    vfs.umount("/copy")
