import errno
for args in ((), (1,), (errno.EIO,), (errno.EAGAIN, "try later"), ("text",), (999, "unknown")):
    e = OSError(*args)
    print(args, "|", e, "|", repr(e), "|", e.errno if args else None)
