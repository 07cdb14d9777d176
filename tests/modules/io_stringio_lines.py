import io
buf = io.StringIO()
for i in range(3):
    buf.write("row %d\n" % i)
buf.seek(0)
print(buf.readline(), end="")
print(buf.read().splitlines())
src = io.StringIO("a,b,c\n1,2,3\n")
rows = [line.rstrip("\n").split(",") for line in src]
print(rows)
print(io.StringIO("").read() == "", io.StringIO("x").readline())
