import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.ENOMEM, errno.EBADF)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EIO])
e = OSError(errno.ENOENT, "nope")
print(e.errno == errno.ENOENT, e.args[0], str(e))
e2 = OSError(errno.EPERM)
print(e2, repr(e2), e2.errno)
print(OSError(999))
try:
    raise OSError(errno.ETIMEDOUT)
except OSError as err:
    print("caught", err.errno, err)
