# oracle: unix
# vfs.VfsLfs2 on a RAM block device class defined here: mkfs, mount, files, listing, statvfs.
import os, vfs


class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)
        self.ops = set()

    def readblocks(self, block_num, buf, offset=0):
        addr = block_num * self.block_size + offset
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block_num, buf, offset=0):
        addr = block_num * self.block_size + offset
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        self.ops.add(op)
        if op == 4:
            return len(self.data) // self.block_size
        if op == 5:
            return self.block_size
        if op == 6:
            return 0


bd = RAMBlockDev(512, 64)
vfs.VfsLfs2.mkfs(bd)
print(sorted(bd.ops))
fs = vfs.VfsLfs2(bd)
print(fs)
vfs.mount(fs, "/flash")
print([m[1] for m in vfs.mount()])
print(os.listdir("/flash"))
print(os.statvfs("/flash"))
with open("/flash/hello.txt", "w") as f:
    print(f.write("Hello, littlefs!\n"))
with open("/flash/data.bin", "wb") as f:
    f.write(bytes(range(256)) * 8)
print(sorted(os.listdir("/flash")))
print(open("/flash/hello.txt").read(), end="")
data = open("/flash/data.bin", "rb").read()
print(len(data), data[:4], data[-4:], data == bytes(range(256)) * 8)
for name in sorted(os.listdir("/flash")):
    st = os.stat("/flash/" + name)
    print(name, hex(st[0]), st[6])
print(sorted(fs.ilistdir("/")))
print(os.statvfs("/flash")[:5])
print(fs.stat("/hello.txt")[:7])
print(sorted(bd.ops))
vfs.umount("/flash")
print([m[1] for m in vfs.mount()])
