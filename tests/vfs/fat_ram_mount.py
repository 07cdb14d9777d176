# oracle: unix
# vfs.VfsFat on a RAM block device (simple interface: whole blocks, no offsets): mkfs, mount,
# files, listing, statvfs, stat of the root; a blank device is ENODEV until mount(mkfs=True).
import os, vfs


class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)
        self.calls = set()

    def readblocks(self, block_num, buf):
        self.calls.add(("read", len(buf) % self.block_size))
        addr = block_num * self.block_size
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block_num, buf):
        self.calls.add(("write", len(buf) % self.block_size))
        addr = block_num * self.block_size
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.block_size
        if op == 5:
            return self.block_size


bd = RAMBlockDev(512, 128)
fs = vfs.VfsFat(bd)
try:
    vfs.mount(fs, "/sd")
except OSError as e:
    print("blank", e.errno)
vfs.mount(fs, "/sd", mkfs=True)
print(os.listdir("/sd"), os.statvfs("/sd"))
print(os.stat("/sd"))
vfs.umount("/sd")
vfs.VfsFat.mkfs(bd)
vfs.mount(vfs.VfsFat(bd), "/sd")
with open("/sd/Hello.TXT", "w") as f:
    f.write("FAT says hello\n")
with open("/sd/long file name.data", "wb") as f:
    f.write(bytes(range(256)) * 10)
os.mkdir("/sd/Sub")
print(sorted(os.listdir("/sd")))
print(open("/sd/hello.txt").read(), end="")
print(os.stat("/sd/long file name.data")[6], os.stat("/sd/Sub")[0])
print(sorted((n, t, s) for n, t, i, s in os.ilistdir("/sd")))
print(os.statvfs("/sd")[:5])
print(sorted(bd.calls))
vfs.umount("/sd")
