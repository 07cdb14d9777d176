# oracle: unix
# A Python class implementing the VFS protocol, mounted beside the host's file system.
import os, vfs, io


class Ram:
    def __init__(self):
        self.files = {"/a.txt": b"alpha", "/b.bin": b"\x00\x01"}
        self.cwd = "/"

    def mount(self, readonly, mkfs):
        print("mount", readonly, mkfs)

    def umount(self):
        print("umount")

    def ilistdir(self, path):
        print("ilistdir", path)
        for name, data in sorted(self.files.items()):
            yield (name[1:], 0x8000, 0, len(data))

    def stat(self, path):
        print("stat", path)
        if path == "/":
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        if path not in self.files:
            raise OSError(2)
        return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)

    def open(self, path, mode):
        print("open", path, mode)
        if "b" in mode:
            return io.BytesIO(self.files[path])
        return io.StringIO(self.files[path].decode())

    def chdir(self, path):
        print("chdir", path)
        self.cwd = path

    def getcwd(self):
        return self.cwd

    def remove(self, path):
        print("remove", path)
        del self.files[path]

    def rename(self, a, b):
        print("rename", a, b)
        self.files[b] = self.files.pop(a)

    def mkdir(self, path):
        print("mkdir", path)

    def statvfs(self, path):
        return (512, 512, 10, 5, 5, 0, 0, 0, 0, 255)


fs = Ram()
vfs.mount(fs, "/ram", readonly=True)
print(os.listdir("/ram"))
print(os.stat("/ram/a.txt")[6], os.stat("/ram")[0])
print(open("/ram/a.txt").read(), open("/ram/b.bin", "rb").read())
os.rename("/ram/a.txt", "/ram/c.txt")
os.remove("/ram/b.bin")
os.mkdir("/ram/d")
print(os.statvfs("/ram"))
print(list(os.ilistdir("/ram")))
here = os.getcwd()
os.chdir("/ram")
print(os.getcwd())
print(os.listdir())
os.chdir(here)
try:
    os.rename("/ram/c.txt", "/tmp_other_mount")
except OSError as e:
    print("rename across", e.errno)
try:
    os.stat("/ram/zzz")
except OSError as e:
    print("missing", e.errno)
vfs.umount(fs)
try:
    vfs.umount(fs)
except OSError as e:
    print("umount twice", e.errno)
