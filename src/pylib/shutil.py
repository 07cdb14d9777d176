# upy's shutil: the API and behaviour of micropython-lib's shutil 0.0.5, over os.

import os
from collections import namedtuple

_ntuple_diskusage = namedtuple("usage", ("total", "used", "free"))


def rmtree(d):
    # delete the tree at d, files first, then each folder once empty
    if not d:
        raise ValueError
    for name, kind, *_ in os.ilistdir(d):
        path = d + "/" + name
        if kind & 0x4000:
            rmtree(path)
        else:
            os.unlink(path)
    os.rmdir(d)


def copyfileobj(src, dest, length=512):
    if hasattr(src, "readinto"):
        buf = bytearray(length)
        view = memoryview(buf)
        while True:
            n = src.readinto(buf)
            if not n:
                break
            dest.write(buf if n == length else view[:n])
    else:
        while True:
            chunk = src.read(length)
            if not chunk:
                break
            dest.write(chunk)


def disk_usage(path):
    st = os.statvfs(path)
    total = st[2] * st[0]
    free = st[3] * st[0]
    return _ntuple_diskusage(total, total - free, free)
