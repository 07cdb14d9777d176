import io
f = io.StringIO("first\nsecond\n\nfourth")
for i, line in enumerate(f):
    print(i, repr(line))
g = io.StringIO("x\ny\n")
print([l.strip() for l in g])
with io.StringIO("ctx") as h:
    print(h.read())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
