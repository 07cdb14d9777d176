# oracle: unix
# open() on vfs.VfsLfs2: text and binary, w/a/r+ modes, seek/tell, read(n), readline, iteration,
# overwriting, files larger than a block (CTZ lists), flush.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 64)
vfs.VfsLfs2.mkfs(bd)
vfs.mount(vfs.VfsLfs2(bd), "/fl")
with open("/fl/t.txt", "w") as f:
    print(f)
    print(f.write("line one\n"), f.write("line two\n"), f.write("ünïcode\n"))
with open("/fl/t.txt") as f:
    print(f.readline(), end="")
    print(repr(f.read(4)), f.tell())
    print(f.readlines())
for line in open("/fl/t.txt"):
    print(repr(line))
with open("/fl/t.txt", "a") as f:
    f.write("appended\n")
print(open("/fl/t.txt").read().split("\n"))
with open("/fl/t.txt", "rb") as f:
    print(f)
    print(f.read(5), f.tell())
    print(f.seek(2), f.read(3))
    print(f.seek(-4, 2), f.read())
    print(f.seek(0, 1), f.read())
with open("/fl/t.txt", "r+b") as f:
    f.seek(5)
    f.write(b"ONE")
print(open("/fl/t.txt").readline(), end="")
with open("/fl/t.txt", "w") as f:
    f.write("short")
print(repr(open("/fl/t.txt").read()), os.stat("/fl/t.txt")[6])
big = bytes((i * 7 + i // 256) & 0xFF for i in range(5000))
with open("/fl/big.bin", "wb") as f:
    for i in range(0, len(big), 700):
        f.write(big[i : i + 700])
print(os.stat("/fl/big.bin")[6], open("/fl/big.bin", "rb").read() == big)
with open("/fl/big.bin", "rb") as f:
    f.seek(4000)
    print(f.read(8) == big[4000:4008], f.tell())
f = open("/fl/flushed.txt", "w")
f.write("flushed")
f.flush()
print(os.stat("/fl/flushed.txt")[6])
f.close()
f.close()
print(open("/fl/flushed.txt").read())
f = open("/fl/seek.bin", "wb")
f.seek(10)
f.write(b"end")
f.close()
print(open("/fl/seek.bin", "rb").read())
print(sorted(os.listdir("/fl")))
vfs.umount("/fl")
