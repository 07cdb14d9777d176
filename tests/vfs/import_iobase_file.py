# oracle: unix
# import from a user filesystem whose open() gives an io.IOBase stream: read through readinto
# in buffers of the size ioctl(MP_STREAM_GET_BUFFER_SIZE) names (else the reader's own) up to a
# short read, and closed through ioctl (MP_STREAM_CLOSE), as MicroPython's reader does; no
# read() or close() needed.
import sys, io, os


class F(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readinto(self, buf):
        print("readinto", len(buf))
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n

    def ioctl(self, req, arg):
        print("ioctl", req)
        return 0


class FS:
    def mount(self, readonly, mkfs):
        pass

    def umount(self):
        pass

    def stat(self, path):
        if path == "/modx.py":
            return (32768,) + (0,) * 9
        raise OSError(2)

    def open(self, path, mode):
        return F(b"print('modx running')\nX = 42\n" + b"#" * 600 + b"\nY = 1\n")


os.mount(FS(), "/u")
sys.path.append("/u")
import modx

print(modx.X, modx.Y)
os.umount("/u")
