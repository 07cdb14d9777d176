# oracle: unix
# OSError errnos of vfs.VfsLfs2 (littlefs's codes: 84 corrupt, 39 not empty, 36 name too long,
# 30 read-only...), each on a fresh filesystem.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 64)
try:
    vfs.VfsLfs2(bd)
except OSError as e:
    print("blank device", e.errno)


def fresh():
    try:
        vfs.umount("/f")
    except OSError:
        pass
    vfs.VfsLfs2.mkfs(bd)
    vfs.mount(vfs.VfsLfs2(bd), "/f")
    os.mkdir("/f/d")
    os.mkdir("/f/empty")
    with open("/f/d/x.txt", "w") as f:
        f.write("hello")
    with open("/f/top", "w") as f:
        f.write("top")


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
t("open under a file", open, "/f/top/x", "w")
t("mkdir existing dir", os.mkdir, "/f/d")
t("mkdir existing file", os.mkdir, "/f/top")
t("mkdir in missing", os.mkdir, "/f/no/x")
t("mkdir under a file", os.mkdir, "/f/top/x")
t("rmdir not empty", os.rmdir, "/f/d")
t("rmdir missing", os.rmdir, "/f/nope")
t("rmdir a file", os.rmdir, "/f/top")
t("remove missing", os.remove, "/f/nope")
t("remove empty dir", os.remove, "/f/empty")
t("remove dir not empty", os.remove, "/f/d")
t("stat missing", os.stat, "/f/nope")
t("stat under a file", os.stat, "/f/top/x")
t("listdir a file", os.listdir, "/f/top")
t("listdir missing", os.listdir, "/f/nope")
t("rename missing", os.rename, "/f/nope", "/f/x")
t("rename file over dir", os.rename, "/f/top", "/f/empty")
t("rename dir over file", os.rename, "/f/empty", "/f/top")
t("rename dir over full dir", os.rename, "/f/empty", "/f/d")
t("rename dir over empty dir", os.rename, "/f/d", "/f/empty")
t("rename to missing dir", os.rename, "/f/top", "/f/nope/x")
t("rename to itself", os.rename, "/f/top", "/f/top")
t("chdir to a file", os.chdir, "/f/top")
t("chdir missing", os.chdir, "/f/nope")
t("rmdir root", os.rmdir, "/f")
t("remove root", os.remove, "/f/")
t("seek before start", lambda: open("/f/top").seek(-1))
t("name too long", open, "/f/" + "n" * 300, "w")
t("mkdir name too long", os.mkdir, "/f/" + "n" * 300)
vfs.umount("/f")
tiny = RAMBlockDev(512, 1)
try:
    vfs.VfsLfs2.mkfs(tiny)
except OSError as e:
    print("one block", e.errno)
