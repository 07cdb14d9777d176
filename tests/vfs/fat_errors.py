# oracle: unix
# OSError errnos of vfs.VfsFat (FatFs's codes as MicroPython maps them: EACCES for a full
# directory, EISDIR/ENOTDIR from remove/rmdir...), each on a fresh filesystem; readonly mounts.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 64)


def fresh():
    try:
        vfs.umount("/f")
    except OSError:
        pass
    vfs.VfsFat.mkfs(bd)
    vfs.mount(vfs.VfsFat(bd), "/f")
    os.mkdir("/f/d")
    os.mkdir("/f/empty")
    with open("/f/d/x.txt", "w") as f:
        f.write("hello")
    with open("/f/top", "w") as f:
        f.write("top")
    with open("/f/other", "w") as f:
        f.write("other")


def t(label, f, *a):
    fresh()
    try:
        r = f(*a)
        print(label, "->", r, sorted(os.listdir("/f")))
    except OSError as e:
        print(label, "OSError", e.errno)


t("open missing", open, "/f/nope")
t("open in missing dir", open, "/f/nodir/x", "w")
t("open dir", open, "/f/d")
t("open dir for writing", open, "/f/d", "w")
t("open root for writing", open, "/f/", "w")
t("open under a file", open, "/f/top/x", "w")
t("mkdir existing dir", os.mkdir, "/f/d")
t("mkdir existing file", os.mkdir, "/f/top")
t("mkdir in missing", os.mkdir, "/f/no/x")
t("rmdir not empty", os.rmdir, "/f/d")
t("rmdir missing", os.rmdir, "/f/nope")
t("rmdir a file", os.rmdir, "/f/top")
t("remove missing", os.remove, "/f/nope")
t("remove empty dir", os.remove, "/f/empty")
t("stat missing", os.stat, "/f/nope")
t("listdir a file", os.listdir, "/f/top")
t("rename missing", os.rename, "/f/nope", "/f/x")
t("rename file over dir", os.rename, "/f/top", "/f/empty")
t("rename dir over file", os.rename, "/f/empty", "/f/top")
t("rename dir over dir", os.rename, "/f/d", "/f/empty")
t("rename file over file", os.rename, "/f/other", "/f/top")
t("rename to missing dir", os.rename, "/f/top", "/f/nope/x")
t("chdir missing", os.chdir, "/f/nope")
t("rmdir root", os.rmdir, "/f")
t("remove root", os.remove, "/f/")
t("seek before start", lambda: open("/f/top").seek(-1))
t("seek past the end reading", lambda: open("/f/top").seek(10))
t("read a file open for writing", lambda: open("/f/top", "wb").read())
t("write a file open for reading", lambda: open("/f/top", "rb").write(b"x"))
t("name too long", open, "/f/" + "n" * 300, "w")
fresh()
vfs.umount("/f")
fs = vfs.VfsFat(bd)
vfs.mount(fs, "/f", readonly=True)
for label, op in (
    ("open w", lambda: open("/f/new", "w")),
    ("mkdir", lambda: os.mkdir("/f/x")),
    ("remove", lambda: os.remove("/f/top")),
    ("rename", lambda: os.rename("/f/top", "/f/t2")),
):
    try:
        op()
    except OSError as e:
        print("readonly", label, e.errno)
print(open("/f/top").read())
vfs.umount("/f")
for n in (2, 40):
    try:
        vfs.VfsFat.mkfs(RAMBlockDev(512, n))
    except OSError as e:
        print("mkfs", n, e.errno)
