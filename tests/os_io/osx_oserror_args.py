# oracle: unix
# OSError built by hand: errno, args, str and repr for numbers with and without names.
import errno

for args in ((), (2,), (2, "msg"), (2, "msg", "file"), ("text",), (None,), (99999,), (-1,),
             (errno.EEXIST,), (errno.EISDIR, "dir"), (0,), (1, 2, 3, 4), (13,), (28,), (110,)):
    e = OSError(*args)
    print(args, e.errno, e.args, str(e), repr(e))
for exc in (OSError(errno.ENOENT), OSError(errno.ENOTDIR)):
    try:
        raise exc
    except OSError as e:
        print(e.errno, errno.errorcode.get(e.errno), e)
print(sorted(k for k in dir(errno) if k.startswith("E"))[:12])
print([getattr(errno, n) for n in ("ENOENT", "EEXIST", "EISDIR", "EBADF", "EINVAL", "EACCES")])
print(issubclass(OSError, Exception), OSError.__name__, type(OSError(1)) is OSError)
