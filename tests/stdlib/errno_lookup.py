# Building a reverse table from the module, and looking codes up both ways.
import errno

names = {getattr(errno, n): n for n in dir(errno) if n.startswith("E")}
print(len(names), len(errno.errorcode))
print(all(errno.errorcode[c] == n for c, n in names.items()))
print(sorted(names)[:6])
for c in (1, 2, 13, 22, 110, 3, 0):
    print(c, errno.errorcode.get(c, "?"))
d = dict(errno.errorcode)
print(errno.errorcode == d, d == errno.errorcode, errno.errorcode.copy() == d)
