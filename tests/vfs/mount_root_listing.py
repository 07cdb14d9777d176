# oracle: unix
# With a filesystem mounted at "/" and another at "/sys": listdir("/") lists the mount points
# (newest first) and the root filesystem's own entries; after chdir("/") the cwd is the virtual
# root, so relative paths and listdir() reach every mount.
import vfs, os


class RAM:
    def __init__(self, n):
        self.data = bytearray(n * 512)

    def readblocks(self, n, buf):
        buf[:] = self.data[n * 512 : n * 512 + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * 512 : n * 512 + len(buf)] = buf

    def ioctl(self, op, arg):
        return {4: len(self.data) // 512, 5: 512}.get(op)


a, b = RAM(50), RAM(50)
vfs.VfsFat.mkfs(a)
vfs.VfsFat.mkfs(b)
vfs.umount("/")
vfs.mount(vfs.VfsFat(a), "/")
with open("/top.txt", "w") as f:
    f.write("x")
os.mkdir("/d")
vfs.mount(b, "/sys")
print(os.listdir("/"))
os.chdir("/d")
print(os.getcwd(), os.listdir())
os.chdir("/")
print(os.getcwd(), os.listdir())
with open("sys/in_sys.txt", "w") as f:
    f.write("y")
print(os.listdir("sys"), os.listdir("/sys"))
vfs.umount("/sys")
print(os.listdir("/"))
