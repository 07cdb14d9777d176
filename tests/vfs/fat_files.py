# oracle: unix
# open() on vfs.VfsFat: modes, seek/tell, appending, overwriting, files over many clusters,
# remount reading back, and a FAT image on a 4096-byte-sector device.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 200)
vfs.VfsFat.mkfs(bd)
vfs.mount(vfs.VfsFat(bd), "/fat")
with open("/fat/log.txt", "w") as f:
    for i in range(5):
        f.write("entry %d\n" % i)
with open("/fat/log.txt", "a") as f:
    f.write("appended\n")
with open("/fat/log.txt") as f:
    print(f.readline(), end="")
    print(f.tell(), repr(f.read(6)))
    print(f.seek(-9, 2), repr(f.read()))
with open("/fat/log.txt", "r+") as f:
    f.seek(6)
    f.write("E")
print(open("/fat/log.txt").read().split("\n")[:2])
with open("/fat/log.txt", "w") as f:
    f.write("x")
print(os.stat("/fat/log.txt")[6])
big = bytes((i * 13) & 0xFF for i in range(20000))
with open("/fat/big.bin", "wb") as f:
    f.write(big)
print(os.stat("/fat/big.bin")[6], open("/fat/big.bin", "rb").read() == big)
vfs.umount("/fat")
vfs.mount(vfs.VfsFat(bd), "/fat")
print(sorted(os.listdir("/fat")), open("/fat/big.bin", "rb").read() == big)
os.remove("/fat/big.bin")
print(os.statvfs("/fat")[3] == os.statvfs("/fat")[2] or os.statvfs("/fat")[3])
vfs.umount("/fat")

big_sectors = RAMBlockDev(4096, 64)
vfs.VfsFat.mkfs(big_sectors)
vfs.mount(vfs.VfsFat(big_sectors), "/fat4k")
with open("/fat4k/a.txt", "w") as f:
    f.write("four k sectors")
print(os.statvfs("/fat4k")[:3], open("/fat4k/a.txt").read())
vfs.umount("/fat4k")
