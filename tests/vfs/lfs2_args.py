# oracle: unix
# Constructor and mkfs arguments of VfsLfs2/VfsLfs1 and VfsFat, and what is not a block device.
import vfs
from _ramdev import RAMBlockDev


def t(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


bd = RAMBlockDev(512, 32)
vfs.VfsLfs2.mkfs(bd)
t("sizes", lambda: vfs.VfsLfs2(bd, readsize=64, progsize=64, lookahead=64))
t("mtime", lambda: vfs.VfsLfs2(bd, mtime=False))
t("no bdev", lambda: vfs.VfsLfs2())
t("extra positional", lambda: vfs.VfsLfs2(bd, 1))
t("unknown keyword", lambda: vfs.VfsLfs2(bd, foo=1))
t("bad size", lambda: vfs.VfsLfs2(bd, readsize="a"))
t("mkfs keywords", lambda: vfs.VfsLfs2.mkfs(bd, progsize=32, lookahead=32))
t("mkfs no bdev", lambda: vfs.VfsLfs2.mkfs())
t("mkfs extra", lambda: vfs.VfsLfs2.mkfs(bd, 2))
t("lfs1 keywords", lambda: vfs.VfsLfs1.mkfs(bd, readsize=32))
t("lfs1 unknown", lambda: vfs.VfsLfs1(bd, foo=1))
t("fat none", lambda: vfs.VfsFat())
t("fat two", lambda: vfs.VfsFat(bd, 1))
t("fat keyword", lambda: vfs.VfsFat(bd, x=1))
t("fat mkfs keyword", lambda: vfs.VfsFat.mkfs(bd, x=1))
t("int device", lambda: vfs.VfsLfs2(42))


class NoMethods:
    pass


t("no methods", lambda: vfs.VfsLfs2(NoMethods()))
t("lfs1 on lfs2", lambda: vfs.VfsLfs1(bd))
t("fat on lfs2", lambda: vfs.VfsFat(bd))
print(vfs.VfsLfs2.mkfs, type(vfs.VfsLfs2(bd)).__name__, vfs.VfsLfs2(bd))
