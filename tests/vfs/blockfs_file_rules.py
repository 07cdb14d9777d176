# oracle: unix
# FAT and littlefs files as MicroPython's: a closed file (FatFs OSError EINVAL, littlefs a bare
# ValueError), mode "x" (create a new file, EEXIST if there is one), ilistdir(bytes) naming in
# bytes, littlefs seeks past LFS_FILE_MAX (EINVAL), FatFs read seeks stopping at the end.
import vfs, os
class RAM:
    def __init__(self, n): self.data = bytearray(n * 512)
    def readblocks(self, n, buf, off=0):
        for i in range(len(buf)): buf[i] = self.data[n * 512 + off + i]
    def writeblocks(self, n, buf, off=None):
        if off is None: off = 0
        for i in range(len(buf)): self.data[n * 512 + off + i] = buf[i]
    def ioctl(self, op, arg):
        if op == 4: return len(self.data) // 512
        if op == 5: return 512
        if op == 6: return 0
for name in ("VfsFat", "VfsLfs1", "VfsLfs2"):
    cls = getattr(vfs, name, None)
    if cls is None:
        print(name, "missing"); continue
    bd = RAM(64)
    cls.mkfs(bd)
    fs = cls(bd)
    f = fs.open("t", "w"); f.write("abc"); f.close()
    for op in ("write", "read", "flush"):
        try:
            getattr(f, op)(*(("x",) if op == "write" else ()))
            print(name, op, "ok")
        except Exception as e:
            print(name, op, type(e).__name__, e)
    for i in range(2):
        try:
            g = fs.open("u", "x"); g.close(); print(name, "x created")
        except OSError as e:
            print(name, "x OSError", e.errno)
    print(name, list(fs.ilistdir(b"/")), list(fs.ilistdir("/")))
    f = fs.open("t", "r")
    for args in ((1 << 30,), (1 << 30, 1), (-5,)):
        try:
            print(name, "seek", f.seek(*args))
        except OSError as e:
            print(name, "seek OSError", e.errno)
        except Exception as e:
            print(name, "seek", type(e).__name__, e)
    f.close()
