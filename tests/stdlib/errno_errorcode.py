# errorcode maps codes back to names, in MicroPython's table order.
import errno

print(errno.errorcode)
print(list(errno.errorcode.keys()))
print(list(errno.errorcode.values()))
print(len(errno.errorcode), type(errno.errorcode))
print(errno.errorcode[errno.ENOENT], errno.errorcode.get(999), 2 in errno.errorcode)
for k, v in errno.errorcode.items():
    if getattr(errno, v) != k:
        print("mismatch", k, v)
print(sorted(errno.errorcode.items())[:3])
