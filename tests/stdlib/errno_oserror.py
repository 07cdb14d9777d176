# OSError messages name the errno when the code is one MicroPython knows.
import errno

for code in (errno.ENOENT, errno.EINVAL, errno.EAGAIN, errno.EINPROGRESS, errno.ETIMEDOUT, 1000):
    e = OSError(code)
    print(e.errno, e.args, str(e))
print(str(OSError(errno.EEXIST, "file exists")))
print(repr(OSError(errno.EIO)))
try:
    raise OSError(errno.ECONNRESET)
except OSError as e:
    print(e.errno == errno.ECONNRESET, errno.errorcode[e.errno])
