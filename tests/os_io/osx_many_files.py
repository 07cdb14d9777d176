# oracle: unix
# Many files open at once: distinct descriptors, independent positions, closing out of order.
import os

B = "_tmp_osx_many_"
files = [open(B + str(i), "w") for i in range(40)]
fds = [f.fileno() for f in files]
print(len(set(fds)), fds == sorted(fds), fds[1] - fds[0])
for i, f in enumerate(files):
    f.write(str(i) * (i + 1))
for f in files[::2]:
    f.close()
for i, f in enumerate(files[1::2]):
    f.write("!")
    f.close()
readers = [open(B + str(i)) for i in range(40)]
print([r.read(2) for r in readers[:6]])
print([r.read() for r in readers[35:]])
g = open(B + "0")
print(g.fileno() > max(r.fileno() for r in readers) - 40, g.read())
g.close()
for r in readers:
    r.close()
for i in range(40):
    os.remove(B + str(i))
print([n for n in os.listdir() if n.startswith(B)])
