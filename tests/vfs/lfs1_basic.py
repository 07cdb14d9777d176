# oracle: unix
# vfs.VfsLfs1 (littlefs v1): mkfs, mount, files and directories, remount reading back.
import os, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 64)
try:
    vfs.VfsLfs1(bd)
except OSError as e:
    print("blank device", e.errno)
vfs.VfsLfs1.mkfs(bd)
fs = vfs.VfsLfs1(bd)
print(fs)
vfs.mount(fs, "/v1")
print(os.listdir("/v1"), os.statvfs("/v1"))
os.mkdir("/v1/lib")
with open("/v1/lib/mod.py", "w") as f:
    f.write("X = 1\n")
with open("/v1/readme.txt", "w") as f:
    f.write("littlefs v1\n" * 3)
data = bytes(range(256)) * 6
with open("/v1/data.bin", "wb") as f:
    f.write(data)
print(os.listdir("/v1"), os.listdir("/v1/lib"))
print(os.stat("/v1/data.bin")[:7], os.stat("/v1/lib")[0])
print(open("/v1/readme.txt").read().count("v1"), open("/v1/data.bin", "rb").read() == data)
print(os.statvfs("/v1")[:5])
vfs.umount("/v1")
vfs.mount(vfs.VfsLfs1(bd), "/again")
print(os.listdir("/again"), open("/again/lib/mod.py").read(), end="")
print(open("/again/data.bin", "rb").read() == data)
os.remove("/again/readme.txt")
os.rename("/again/lib/mod.py", "/again/mod.py")
os.rmdir("/again/lib")
with open("/again/data.bin", "ab") as f:
    f.write(b"tail")
print(os.listdir("/again"), os.stat("/again/data.bin")[6])
for label, op in (("mkdir", lambda: os.mkdir("/again/mod.py")), ("open", lambda: open("/again/x"))):
    try:
        op()
    except OSError as e:
        print(label, e.errno)
vfs.umount("/again")
vfs.mount(vfs.VfsLfs1(bd), "/v1", readonly=True)
print(os.listdir("/v1"), open("/v1/mod.py").read(), end="")
try:
    open("/v1/new", "w")
except OSError as e:
    print("readonly", e.errno)
vfs.umount("/v1")
