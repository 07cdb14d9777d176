import errno
def open_missing():
    raise OSError(errno.ENOENT)
print("opening")
open_missing()
